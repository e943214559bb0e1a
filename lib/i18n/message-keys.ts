import type { MessageTree } from '@/lib/i18n/messages';

/** Every message of a tree as [dotted key, text], depth first, in file order. */
export function messageEntries(tree: MessageTree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]): [string, string][] =>
    typeof value === 'string' ? [[`${prefix}${key}`, value]] : messageEntries(value, `${prefix}${key}.`),
  );
}

/** Every dotted key of a tree (its leaves). */
export function messageKeys(tree: MessageTree): string[] {
  return messageEntries(tree).map(([key]) => key);
}
