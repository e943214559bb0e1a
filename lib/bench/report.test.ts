import { describe, expect, it } from 'vitest';

import { checkBudgets } from '@/lib/bench/budgets';
import { GENERATED_END, GENERATED_START, renderResults, replaceGenerated, table } from '@/lib/bench/report';
import { sampleResults } from '@/lib/bench/sample-results';

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
    expect(text).toMatch(/\| Throughput \| home `\/` \| ≥ 500 req\/s \| 400 req\/s \(0\.40 ×; 0\.50 × per request; 0\.63 × the bare list\) \| \*\*missed\*\* \|/);
    expect(text).toMatch(/\| home `\/` \| 62\.5 \| 400 \| 0\.40 × \| 0\.50 × \| 0\.63 × \| 15 \| 40 \| 0 \| 0 \|/);
    expect(text).toMatch(/\| bare page with a home-sized list \(static\) \| 50\.0 \| 640 \| 0\.64 × \|/);
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
