// @ts-check
// Plain JavaScript: `next.config.mjs` imports this with Node's own loader, which cannot read TypeScript.

/**
 * The largest server action body the shop accepts, in bytes: its forms send a few hundred. Next is
 * told (`serverActions.bodySizeLimit`), and `proxy.ts` answers a larger body with 413 first, since
 * Next's own refusal is a 500.
 */
export const ACTION_BODY_LIMIT_BYTES = 64 * 1024;
