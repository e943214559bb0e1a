import { describe, expect, it } from 'vitest';

import { checkBudgets } from '@/bench/lib/budgets';
import { GENERATED_END, GENERATED_START, renderResults, replaceGenerated, table } from '@/bench/lib/report';
import { sampleResults, withoutTbtRuns } from '@/bench/lib/sample-results';

describe('benchmark report', () => {
  it('renders a Markdown table, escaping pipes', () => {
    expect(table(['a', 'b'], [['1', 'x|y']])).toBe('| a | b |\n| --- | --- |\n| 1 | x\\|y |');
  });

  it('shows the machine, the settings, the budgets and each measurement beside its baseline', () => {
    const results = sampleResults();
    results.throughput = results.throughput.map((row) => (row.page === 'home' ? { ...row, rps: 400 } : row));
    const text = renderResults(results, checkBudgets(results));
    expect(text).toContain('Test CPU × 2');
    expect(text).toContain('provider latency 100 ms');
    expect(text).toContain('### Budgets: 38 of 39 met');
    expect(text).toContain(
      '| Throughput | home `/en` | ≥ 0.8 × the bare page with the list (640 req/s) | 400 req/s (0.63 ×, ratio of the figures; the empty bare page 0.40 ×; the bare page per request 0.50 ×) | **missed** |',
    );
    expect(text).toContain(
      "| Pre-order p50 over the bare form | order form | ≤ 132 ms (the bare form's 112 ms + 20 ms) | 115 ms (+3 ms); p99 160 ms against the bare form's 150 ms; the direct call 104 ms | met |",
    );
    expect(text).toContain(
      "| Lighthouse mobile performance | home `/en` | ≥ 97 (the bare page's 100 − 3) | 100 (median of 5 paired rounds; within 3 of the bare page's run in 5 of them) | met |",
    );
    expect(text).toContain("| Lighthouse mobile total blocking time | home `/en` | ≤ 150 ms (1.5 × the bare page's 100 ms) | 120 ms (1.20 ×, median of 5 paired rounds) | met |");
    // The budget's baseline first, then the empty bare page and the one rendered per request.
    expect(text).toContain('| vs bare with the list (the budget) | vs bare (static) | vs bare (per request) |');
    expect(text).toMatch(/\| home `\/en` \| 62\.5 \| 400 \| - \| 0\.63 × \| 0\.40 × \| 0\.50 × \| 15 \| 40 \| 0 \| 0 \|/);
    expect(text).toMatch(/\| bare page with a home-sized list \(static\) \| 50\.0 \| 640 \| - \| 1\.00 × \| 0\.64 × \|/);
    expect(text).toContain('throughput in 1 round(s) over all the pages, 10 s per page and round');
    // Measured in rounds: each round's figure, and ratios taken round by round.
    const rounds = sampleResults();
    rounds.settings.throughputRounds = 3;
    const roundsRps: Partial<Record<string, number[]>> = { bare: [1000, 500, 1000], bareList: [640, 600, 700], home: [500, 450, 520] };
    rounds.throughput = rounds.throughput.map((row) => ({ ...row, roundsRps: roundsRps[row.page], ...(row.page === 'home' ? { rps: 500 } : {}) }));
    const roundsText = renderResults(rounds, checkBudgets(rounds));
    // Against the list: 500 / 640, 450 / 600, 520 / 700, of which the median is 0.75.
    expect(roundsText).toMatch(/\| home `\/en` \| 62\.5 \| 500 \| 500, 450, 520 \| 0\.75 × \| 0\.52 × \|/);
    expect(roundsText).toContain('throughput in 3 round(s) over all the pages');
    expect(text).toMatch(/\| home `\/en` \| 8 \| 507\.8 \| 146\.5 \| 127\.0 \| 1\.07 × \|/);
    expect(text).toMatch(/\| home `\/en` \| mobile \| 100 \(100, 99, 100, 98, 100\) \| 100 \| 100 \| 100 \| 700 \/ 900 \/ 120 \| 120, 130, 110, 140, 120 \| - \|/);
    expect(text).toMatch(/\| form submit to confirmation rendered .* \| 50 \| 115 \| 160 \| 118 \|/);
    expect(text).toMatch(/\| … of which the server.* \| 50 \| 108 \| 140 \| 110 \|/);
    expect(text).toMatch(/\| 10,000 packages, 200 countries \| 3200 \|/);
    expect(text).not.toContain('quick mode');
    expect(text).not.toContain('Phases that failed');
    expect(renderResults({ ...results, problems: ['lighthouse: NO_NAVSTART'] }, [])).toContain('- lighthouse: NO_NAVSTART');
    expect(renderResults({ ...results, settings: { ...results.settings, quick: true } }, [])).toContain('quick mode');
  });

  it('renders results recorded before the per-round total blocking time, which the budget shows as not measured', () => {
    const results = withoutTbtRuns(sampleResults());
    const text = renderResults(results, checkBudgets(results));
    expect(text).toMatch(/\| home `\/en` \| mobile \| 100 \(100, 99, 100, 98, 100\) \| 100 \| 100 \| 100 \| 700 \/ 900 \/ 120 \| - \| - \|/);
    expect(text).toContain("| Lighthouse mobile total blocking time | home `/en` | ≤ 1.5 × the bare page's median, over ≥ 5 paired rounds | not measured | **missed** |");
    expect(text).toContain('### Budgets: 34 of 39 met');
  });

  it('replaces only the generated part of the results file', () => {
    const file = `# Results\n\nintro\n\n${GENERATED_START}\nold\n${GENERATED_END}\n\n## Changes\nkept\n`;
    const next = replaceGenerated(file, 'new');
    expect(next).toBe(`# Results\n\nintro\n\n${GENERATED_START}\nnew\n${GENERATED_END}\n\n## Changes\nkept\n`);
    expect(replaceGenerated('# Results\n', 'first')).toBe(`# Results\n\n${GENERATED_START}\nfirst\n${GENERATED_END}\n`);
  });
});
