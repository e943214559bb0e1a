import type { IntlError } from 'next-intl';

/** Opens the text shown for a missing or broken message: the e2e language test fails on any page that shows it. */
export const MISSING_MESSAGE_MARK = '⟦';

/** Text for a message that cannot be shown: its key in brackets, never a blank a test could miss. */
export function missingMessageText(namespace: string | undefined, key: string): string {
  return `${MISSING_MESSAGE_MARK}${namespace ? `${namespace}.${key}` : key}⟧`;
}

/** `missingMessageText` as next-intl's `getMessageFallback`. */
export function getMessageFallback({ namespace, key }: { namespace?: string; key: string; error: IntlError }): string {
  return missingMessageText(namespace, key);
}

/** Logged once per failure with its key, on the server's log and in the browser's console. */
export function onError(error: IntlError): void {
  console.error(`[i18n] ${error.code}: ${error.originalMessage ?? error.message}`);
}
