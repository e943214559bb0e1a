'use client';

import { useEffect, useState } from 'react';
import { formatLongDateTime } from '@/lib/i18n/format';

/**
 * Shows an instant in the browser's own time zone. The server does not know that zone, so it sends
 * the UTC text (`formatLongDateTime(iso, locale, 'UTC')`) and the browser replaces it once the page
 * is idle: a page's first `Intl` object blocks a mid-range phone's main thread for over 100 ms,
 * which would otherwise land in the middle of hydration.
 */
export function LocalTime({ iso, locale, utcText }: { iso: string; locale: string; utcText: string }) {
  const [text, setText] = useState(utcText);
  useEffect(() => {
    const show = () => setText(formatLongDateTime(iso, locale));
    if (typeof window.requestIdleCallback !== 'function') {
      const timer = window.setTimeout(show, 0);
      return () => window.clearTimeout(timer);
    }
    const handle = window.requestIdleCallback(show, { timeout: 2000 });
    return () => window.cancelIdleCallback(handle);
  }, [iso, locale]);
  return <time dateTime={iso}>{text}</time>;
}

