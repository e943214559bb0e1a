/** Latency figures of one step, in milliseconds (nearest-rank percentiles). */
export type StepStats = { step: string; count: number; p50: number; p90: number; p99: number; max: number };

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

export function stepStats(step: string, samples: readonly number[]): StepStats {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    step,
    count: sorted.length,
    p50: percentile(sorted, 50),
    p90: percentile(sorted, 90),
    p99: percentile(sorted, 99),
    max: sorted.at(-1) ?? 0,
  };
}

export function statsTable(rows: readonly StepStats[]): string {
  const lines = ['| step | requests | p50 ms | p90 ms | p99 ms | max ms |', '| --- | ---: | ---: | ---: | ---: | ---: |'];
  for (const row of rows) {
    lines.push(`| ${row.step} | ${row.count} | ${Math.round(row.p50)} | ${Math.round(row.p90)} | ${Math.round(row.p99)} | ${Math.round(row.max)} |`);
  }
  return lines.join('\n');
}
