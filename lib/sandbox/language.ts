import type { Language } from '@/lib/sandbox/types';

type LanguageRange = { tag: string; q: number; index: number };

function parseRange(part: string, index: number): LanguageRange {
  const [tag = '', ...params] = part.split(';').map((piece) => piece.trim());
  const qParam = params.find((param) => param.toLowerCase().startsWith('q='));
  const q = qParam === undefined ? 1 : Number.parseFloat(qParam.slice(2));
  return { tag: tag.toLowerCase(), q: Number.isFinite(q) ? q : 0, index };
}

/**
 * The answer language for an `Accept-Language` header: `en`/`en-*` gives English; `zh-*`,
 * anything else or no header gives Simplified Chinese, as the real provider does.
 */
export function parseLanguage(header: string | undefined): Language {
  if (!header) return 'zh';
  const ranges = header
    .split(',')
    .map(parseRange)
    .filter((range) => range.tag !== '' && range.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const { tag } of ranges) {
    if (tag === 'en' || tag.startsWith('en-')) return 'en';
    if (tag === 'zh' || tag.startsWith('zh-')) return 'zh';
  }
  return 'zh';
}
