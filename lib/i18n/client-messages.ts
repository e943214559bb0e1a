/**
 * The message namespaces each part of the shop's client components reads. Everything else stays on
 * the server: sending every namespace (staff texts included) would put them in every page's payload.
 */
export const CLIENT_NAMESPACES = {
  /** `app/(shop)/error.tsx` (the catalog copies re-export it), inside every page's `SiteDocument`. */
  root: ['errorPage'],
  /** The destination search box (the list itself is server HTML). */
  home: ['home'],
  /** The order form. */
  package: ['orderForm'],
  /** Status poller, payment form, eSIM install guide, copy buttons. */
  order: ['order', 'stage', 'payment', 'esim'],
  /** Sign-in and registration forms. */
  account: ['account', 'findOrder'],
  /** The console, and the copy button it shares with the order page. */
  staff: ['staff', 'order'],
} as const satisfies Record<string, readonly string[]>;

export type ClientPart = keyof typeof CLIENT_NAMESPACES;

/** The named top-level namespaces of `messages`; a name it does not have is an error, not a silent gap. */
export function pickMessages(messages: Record<string, unknown>, namespaces: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(
    namespaces.map((namespace) => {
      if (!(namespace in messages)) throw new Error(`no message namespace "${namespace}"`);
      return [namespace, messages[namespace]];
    }),
  );
}
