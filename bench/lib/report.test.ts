import { describe, expect, it } from 'vitest';

import { checkBudgets } from '@/bench/lib/budgets';
import { GENERATED_END, GENERATED_START, renderResults, replaceGenerated, table } from '@/bench/lib/report';
import { sampleResults } from '@/bench/lib/sample-results';

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
    expect(text).toContain('### Budgets: 33 of 34 met');
    expect(text).toMatch(/\| Throughput \| home `\/` \| ≥ 0\.5 × the bare page \(1000 req\/s\) \| 400 req\/s \(0\.40 ×; 0\.50 × per request; 0\.63 × the bare list\) \| \*\*missed\*\* \|/);
    expect(text).toMatch(/\| home `\/` \| 62\.5 \| 400 \| - \| 0\.40 × \| 0\.50 × \| 0\.63 × \| 15 \| 40 \| 0 \| 0 \|/);
    expect(text).toMatch(/\| bare page with a home-sized list \(static\) \| 50\.0 \| 640 \| - \| 0\.64 × \|/);
    expect(text).toContain('throughput in 1 round(s) over all the pages, 10 s per page and round');
    // Measured in rounds: each round's figure, and ratios taken round by round.
    const rounds = sampleResults();
    rounds.settings.throughputRounds = 3;
    rounds.throughput = rounds.throughput.map((row) =>
      row.page === 'bare' ? { ...row, roundsRps: [1000, 500, 1000] } : row.page === 'home' ? { ...row, rps: 500, roundsRps: [500, 450, 520] } : row,
    );
    const roundsText = renderResults(rounds, checkBudgets(rounds));
    expect(roundsText).toMatch(/\| home `\/` \| 62\.5 \| 500 \| 500, 450, 520 \| 0\.52 × \|/);
    expect(roundsText).toContain('throughput in 3 round(s) over all the pages');
    expect(text).toMatch(/\| home `\/` \| 8 \| 507\.8 \| 146\.5 \| 127\.0 \| 1\.07 × \|/);
    expect(text).toMatch(/\| home `\/` \| mobile \| 100 \(100, 99, 100\) \| 100 \| 100 \| 100 \| 700 \/ 900 \/ 120 \| - \|/);
    expect(text).toMatch(/\| form submit to confirmation rendered .* \| 50 \| 115 \| 160 \| 118 \|/);
    expect(text).toMatch(/\| … of which the server.* \| 50 \| 108 \| 140 \| 110 \|/);
    expect(text).toMatch(/\| 10,000 packages, 200 countries \| 3200 \|/);
    expect(text).not.toContain('quick mode');
    expect(text).not.toContain('Phases that failed');
    expect(renderResults({ ...results, problems: ['lighthouse: NO_NAVSTART'] }, [])).toContain('- lighthouse: NO_NAVSTART');
    expect(renderResults({ ...results, settings: { ...results.settings, quick: true } }, [])).toContain('quick mode');
  });

  it('replaces only the generated part of the results file', () => {
    const file = `# Results\n\nintro\n\n${GENERATED_START}\nold\n${GENERATED_END}\n\n## Changes\nkept\n`;
    const next = replaceGenerated(file, 'new');
    expect(next).toBe(`# Results\n\nintro\n\n${GENERATED_START}\nnew\n${GENERATED_END}\n\n## Changes\nkept\n`);
    expect(replaceGenerated('# Results\n', 'first')).toBe(`# Results\n\n${GENERATED_START}\nfirst\n${GENERATED_END}\n`);
  });
});
