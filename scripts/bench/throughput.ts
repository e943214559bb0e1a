/** Requests per second and latency under concurrency, with autocannon. */
import autocannon from 'autocannon';
import type { ThroughputRow } from '@/lib/bench/results';

const HEADERS = { 'accept-language': 'en-US,en;q=0.9' };

function run(url: string, connections: number, seconds: number): Promise<autocannon.Result> {
  return autocannon({ url, connections, duration: seconds, headers: HEADERS, timeout: 30 });
}

/** A short untimed run first (caches, JIT), then the measured one. */
export async function measureThroughput(
  page: ThroughputRow['page'],
  url: string,
  connections: number,
  seconds: number,
): Promise<ThroughputRow> {
  await run(url, connections, Math.min(3, seconds));
  const result = await run(url, connections, seconds);
  return {
    page,
    connections,
    seconds,
    rps: result.requests.average,
    bytesPerAnswer: result.requests.total > 0 ? Math.round(result.throughput.total / result.requests.total) : 0,
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
}
