'use client';

import { useSyncExternalStore } from 'react';

const noSubscription = () => () => {};

/**
 * Shows an instant in the browser's own time zone. The server does not know that zone, so it
 * renders UTC and the browser replaces it once hydrated.
 */
export function LocalTime({ iso, locale }: { iso: string; locale: string }) {
  const date = new Date(iso);
  const format = (timeZone?: string) =>
    new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'long', timeZone }).format(date);
  const text = useSyncExternalStore(
    noSubscription,
    () => format(),
    () => format('UTC'),
  );
  return <time dateTime={iso}>{text}</time>;
}
