import { describe, expect, it } from 'vitest';
import { formatValidity } from '@/lib/esim/validity';

describe('formatValidity', () => {
  it('says the plan starts on first use when there is no start', () => {
    expect(formatValidity(null, null, 'en')).toEqual({ kind: 'onFirstUse' });
    expect(formatValidity('  ', '', 'en')).toEqual({ kind: 'onFirstUse' });
  });

  it('formats a range of dates for the locale', () => {
    expect(formatValidity('2025-01-10', '2025-02-09', 'en')).toEqual({
      kind: 'range',
      text: 'January 10, 2025 – February 9, 2025',
    });
    expect(formatValidity('2025-01-10', '2025-02-09', 'zh-CN')).toEqual({
      kind: 'range',
      text: '2025年1月10日 – 2025年2月9日',
    });
  });

  it('shows a wall-clock time exactly as written, without inventing a zone', () => {
    const { text } = formatValidity('2025-01-10 08:00:00', '2025-01-17 07:59:59', 'en') as { text: string };
    expect(text).toBe('January 10, 2025 at 08:00 – January 17, 2025 at 07:59');
    expect(text).not.toContain('UTC');
  });

  it('shows instants in UTC and says so (the provider writes +0000 without a colon)', () => {
    const { text } = formatValidity('2022-12-05T03:14:50.958+0000', '2023-01-04T16:00:00Z', 'en') as { text: string };
    expect(text).toBe('December 5, 2022 at 03:14 UTC – January 4, 2023 at 16:00 UTC');
    const zh = formatValidity('2022-12-05T03:14:50+08:00', null, 'zh-CN');
    expect(zh).toEqual({ kind: 'from', text: expect.stringContaining('2022年12月4日') });
  });

  it('handles one end missing', () => {
    expect(formatValidity('2025-01-10', null, 'en')).toEqual({ kind: 'from', text: 'January 10, 2025' });
    expect(formatValidity(null, '2025-02-09', 'en')).toEqual({ kind: 'until', text: 'February 9, 2025' });
  });

  it('shows a value it cannot read as it came, rather than a wrong date', () => {
    expect(formatValidity('soon', '2025-13-45', 'en')).toEqual({ kind: 'range', text: 'soon – 2025-13-45' });
  });
});
