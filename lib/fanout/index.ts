import 'server-only';
import { randomUUID } from 'node:crypto';
import { refreshCatalog } from '@/lib/catalog';
import { getDatabases } from '@/lib/db';
import { getEnv } from '@/lib/env';
import { coalesce } from '@/lib/fanout/coalesce';
import { listenForNotices } from '@/lib/fanout/listen';
import { CATALOG_REFRESH_CHANNEL, parseNotice, type RefreshScope } from '@/lib/fanout/notice';
import { PAGES_KEY_HEADER, pagesKey } from '@/lib/fanout/pages-key';
import { publishNotice } from '@/lib/fanout/publish';
import { onePerProcess } from '@/lib/one-per-process';

export { isOwnPagesCall } from '@/lib/fanout/pages-key';
export type { RefreshScope } from '@/lib/fanout/notice';

/** The internal route that calls `revalidatePath` for the listener, which runs outside any request. */
export const PAGES_ROUTE = '/api/internal/catalog-pages';

/** Least time between two refreshes a burst of notices causes here: a storm renders the pages once per gap. */
const REFRESH_GAP_MS = 500;

type FanoutState = { instanceId: string; catalogDue: boolean; listening?: Promise<void>; stop?: () => Promise<void> };

const fanoutState = () => onePerProcess<FanoutState>('fanout', () => ({ instanceId: randomUUID(), catalogDue: false }));

/**
 * The refresh a notice from another instance asks for. `revalidatePath` needs the request scope
 * Next sets up for a route or an action (outside one it throws "static generation store missing"),
 * so the pages are revalidated by this process's own internal route, over loopback.
 */
async function refreshHere(state: FanoutState): Promise<void> {
  if (state.catalogDue) {
    state.catalogDue = false;
    refreshCatalog();
  }
  const response = await fetch(`http://127.0.0.1:${getEnv().port}${PAGES_ROUTE}`, {
    method: 'POST',
    headers: { [PAGES_KEY_HEADER]: pagesKey() },
    signal: AbortSignal.timeout(10_000),
  });
  if (!response.ok) throw new Error(`${PAGES_ROUTE} answered ${response.status}`);
}

/**
 * With DATABASE_URL (several instances may share it), LISTENs for refresh notices from the other
 * instances on a connection of its own and refreshes this one: the catalog's memory copy and the
 * cached pages. Without it the shop is one instance, and a refresh is local. Once per process; the
 * promise settles when this instance first listens (the server does not wait for it).
 */
export function startCatalogFanout(): Promise<void> {
  const { databaseUrl } = getEnv();
  const state = fanoutState();
  if (!databaseUrl) return Promise.resolve();
  if (state.listening) return state.listening;
  const refresh = coalesce(
    () =>
      refreshHere(state).catch((error: unknown) => {
        console.error(`[fanout] refresh from another instance failed: ${error instanceof Error ? error.message : String(error)}`);
      }),
    { gapMs: REFRESH_GAP_MS },
  );
  state.listening = new Promise<void>((listening) => {
    const listener = listenForNotices({
      url: databaseUrl,
      channel: CATALOG_REFRESH_CHANNEL,
      onPayload(payload) {
        const notice = parseNotice(payload);
        // Its own notice: the instance that served the refresh has refreshed itself already.
        if (!notice || notice.from === state.instanceId) return;
        if (notice.scope === 'catalog') state.catalogDue = true;
        refresh.request();
      },
      onListening({ reconnected }) {
        listening();
        if (!reconnected) return;
        // A notice sent while the connection was down is lost: refresh once, to be sure.
        console.info('[fanout] listening again for catalog refreshes; refreshing once for what may have been missed');
        state.catalogDue = true;
        refresh.request();
      },
      onError(error, retryInMs) {
        console.warn(`[fanout] catalog refresh channel: ${error.message}; connecting again in ${retryInMs} ms`);
      },
    });
    state.stop = async () => {
      refresh.cancel();
      await listener.stop();
    };
  });
  return state.listening;
}

/** Stops listening and forgets the listener, so a later start listens again: for tests, and a clean shutdown. */
export async function stopCatalogFanout(): Promise<void> {
  const state = fanoutState();
  const stop = state.stop;
  state.listening = undefined;
  state.stop = undefined;
  await stop?.();
}

/**
 * Tells every other instance to refresh as this one just did (`catalog`: the catalog and the pages;
 * `pages`: the pages). The caller has refreshed itself already. A failure is logged, not thrown:
 * the others then catch up within their cache's minute, as before.
 */
export async function announceCatalogRefresh(scope: RefreshScope): Promise<'sent' | 'single-instance' | 'failed'> {
  if (!getEnv().databaseUrl) return 'single-instance';
  try {
    await publishNotice(getDatabases().shop, { from: fanoutState().instanceId, at: Date.now(), scope });
    return 'sent';
  } catch (error) {
    console.error(`[fanout] could not tell the other instances to refresh: ${error instanceof Error ? error.message : String(error)}`);
    return 'failed';
  }
}
