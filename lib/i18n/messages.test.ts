import { describe, expect, it } from 'vitest';

type Tree = { [key: string]: string | Tree };
import { messagesByLocale } from '@/lib/i18n/messages';

const en = messagesByLocale.en as Tree;
const zhCN = messagesByLocale['zh-CN'] as Tree;


function keysOf(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : keysOf(value, `${prefix}${key}.`),
  );
}

describe('messages', () => {
  it('every language has every key the others have, and no empty text', () => {
    const english = keysOf(en).sort();
    const chinese = keysOf(zhCN).sort();
    expect(chinese).toEqual(english);
    for (const tree of [en, zhCN]) {
      const flat = JSON.stringify(tree);
      expect(flat).not.toMatch(/:""/);
    }
  });
});
