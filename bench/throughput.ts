/** Requests per second and latency under concurrency, with autocannon, in rounds over the pages. */
import autocannon from 'autocannon';
import { median } from '@/bench/lib/stats';
import type { ThroughputRow } from '@/bench/lib/results';

const HEADERS = { 'accept-language': 'en-US,en;q=0.9' };

function run(url: string, connections: number, seconds: number): Promise<autocannon.Result> {
  return autocannon({ url, connections, duration: seconds, headers: HEADERS, timeout: 30 });
}

export type ThroughputTarget = { page: ThroughputRow['page']; url: string };

/**
 * A short untimed run of each page first (caches, JIT), then `rounds` rounds, each running every
 * page once for `seconds`: a page and the bare page it is held to are measured in the same minutes,
 * so a busy spell on the machine falls on both instead of on the one page measured then (single
 * runs of one page moved by a third between minutes here). Each page's figures are the medians of
 * its rounds; `roundsRps` keeps every round's, in order, for ratios taken round by round.
 */
export async function measureThroughputRounds(
  targets: readonly ThroughputTarget[],
  connections: number,
  seconds: number,
  rounds: number,
  onRound: (round: number) => void = () => {},
): Promise<ThroughputRow[]> {
  for (const { url } of targets) await run(url, connections, Math.min(3, seconds));
  const results = targets.map(() => [] as autocannon.Result[]);
  for (let round = 0; round < rounds; round += 1) {
    for (const [index, { url }] of targets.entries()) results[index]!.push(await run(url, connections, seconds));
    onRound(round);
  }
  return targets.map(({ page }, index) => {
    const runs = results[index]!;
    const total = (pick: (result: autocannon.Result) => number) => runs.reduce((sum, result) => sum + pick(result), 0);
    const requests = total((result) => result.requests.total);
    return {
      page,
      connections,
      seconds,
      rps: median(runs.map((result) => result.requests.average)),
      roundsRps: runs.map((result) => result.requests.average),
      bytesPerAnswer: requests > 0 ? Math.round(total((result) => result.throughput.total) / requests) : 0,
      p50: median(runs.map((result) => result.latency.p50)),
      p99: median(runs.map((result) => result.latency.p99)),
      non2xx: total((result) => result.non2xx),
      errors: total((result) => result.errors + result.timeouts),
    };
  });
}
