import { z } from 'zod';

/** The PostgreSQL channel every instance LISTENs on. */
export const CATALOG_REFRESH_CHANNEL = 'catalog_refresh';

/**
 * What a refresh asks of the other instances: `catalog` forgets the catalog's memory copy and
 * renders the cached pages again (a staff refresh); `pages` renders the pages again only (a sandbox
 * scenario, whose banner is on every page, must not also make the catalog due).
 */
export const REFRESH_SCOPES = ['catalog', 'pages'] as const;
export type RefreshScope = (typeof REFRESH_SCOPES)[number];

const noticeSchema = z.object({
  /** The sending instance, so it can skip its own notice (it has refreshed itself already). */
  from: z.string().min(1).max(64),
  /** When the sender refreshed (its clock, ms since the epoch): for logs only, clocks differ. */
  at: z.number().int().nonnegative(),
  scope: z.enum(REFRESH_SCOPES),
});

export type RefreshNotice = z.infer<typeof noticeSchema>;

export function encodeNotice(notice: RefreshNotice): string {
  return JSON.stringify(noticeSchema.parse(notice));
}

/** A notice from the channel, or undefined for anything else (a hand-typed NOTIFY, another version's shape). */
export function parseNotice(payload: string | undefined): RefreshNotice | undefined {
  if (!payload) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(payload);
  } catch {
    return undefined;
  }
  const result = noticeSchema.safeParse(value);
  return result.success ? result.data : undefined;
}
