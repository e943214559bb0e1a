'use client';

import { useEffect, useState } from 'react';
import { asPageChrome, PAGE_CHROME_PATH, type PageChrome } from '@/lib/page-chrome';

// The banner and the account links mount together: one request serves both.
let shared: { at: number; answer: Promise<PageChrome | null> } | undefined;
const SHARE_FOR_MS = 1000;

function loadPageChrome(locale: string): Promise<PageChrome | null> {
  if (shared && performance.now() - shared.at < SHARE_FOR_MS) return shared.answer;
  const answer = fetch(`${PAGE_CHROME_PATH}?locale=${encodeURIComponent(locale)}`, { cache: 'no-store' })
    .then(async (response) => (response.ok ? asPageChrome(await response.json()) : null))
    .catch(() => null);
  shared = { at: performance.now(), answer };
  return answer;
}

/** The visitor's banner and account, undefined until known; null when the shop could not say. */
export function usePageChrome(locale: string): PageChrome | null | undefined {
  const [chrome, setChrome] = useState<PageChrome | null | undefined>(undefined);
  useEffect(() => {
    let current = true;
    void loadPageChrome(locale).then((answer) => current && setChrome(answer));
    return () => {
      current = false;
    };
  }, [locale]);
  return chrome;
}
