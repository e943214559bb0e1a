import { describe, expect, it } from 'vitest';
import { encodeNotice, parseNotice } from '@/lib/fanout/notice';

describe('refresh notice', () => {
  it('reads back what was sent', () => {
    const notice = { from: 'instance-a', at: 1_767_000_000_000, scope: 'catalog' } as const;
    expect(parseNotice(encodeNotice(notice))).toEqual(notice);
  });

  it('ignores anything else on the channel', () => {
    for (const payload of [undefined, '', 'refresh', '{}', '[1]', '{"from":"a","at":1,"scope":"everything"}', '{"from":"","at":1,"scope":"pages"}']) {
      expect(parseNotice(payload)).toBeUndefined();
    }
  });

  it('refuses to send a malformed notice', () => {
    expect(() => encodeNotice({ from: 'a', at: -1, scope: 'pages' })).toThrow();
  });
});
