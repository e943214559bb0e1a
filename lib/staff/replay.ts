import 'server-only';
import { getCallLogStore } from '@/lib/call-log';
import type { CallLogEntry } from '@/lib/call-log/types';
import { getLinksfield } from '@/lib/linksfield';
import { withCallContext } from '@/lib/linksfield/call-context';

/** Calls that only read: replaying them changes nothing at the provider. */
export const REPLAYABLE_ENDPOINTS = new Set([
  '/package/countryPackageList',
  '/v1.1/package/packageList',
  '/v1.1/package/detail',
  '/package/queryOrdStatusAndEmail',
  '/v1.1/order/myEsimDetail',
]);

/** Why a replay did not happen: keys under `staff.calls.replayErrors`. */
export type ReplayErrorKey = 'notRead' | 'redacted' | 'notJson' | 'notLogged' | 'unknownCall';

export type ReplayResult = { error?: ReplayErrorKey; replayId?: number; same?: boolean; answer?: string | null };

/** Compares JSON answers by content, not by key order or spacing. */
export function sameAnswer(a: string | null, b: string | null): boolean {
  const normalise = (text: string | null) => {
    if (text === null) return null;
    try {
      return JSON.stringify(sortKeys(JSON.parse(text)));
    } catch {
      return text;
    }
  };
  return normalise(a) === normalise(b);
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([key, inner]) => [key, sortKeys(inner)]),
    );
  }
  return value;
}

/** Re-sends a logged read call with the shop's current token and compares the (redacted) answers. */
export async function replayCall(entry: CallLogEntry): Promise<ReplayResult> {
  if (!REPLAYABLE_ENDPOINTS.has(entry.endpoint)) return { error: 'notRead' };
  if (entry.requestBody.includes('[redacted')) return { error: 'redacted' };
  let body: Record<string, unknown>;
  try {
    body = JSON.parse(entry.requestBody) as Record<string, unknown>;
  } catch {
    return { error: 'notJson' };
  }
  const ids: Promise<number | null>[] = [];
  await withCallContext({ collect: (id) => ids.push(id), ...(entry.orderRef ? { orderRef: entry.orderRef } : {}) }, () =>
    getLinksfield().resend(entry.endpoint, body, entry.acceptLanguage === 'zh-CN' ? 'zh-CN' : 'en', entry.authenticated),
  );
  const [replayId] = await Promise.all(ids);
  const replay = replayId ? await getCallLogStore().get(replayId) : null;
  if (!replay) return { error: 'notLogged' };
  return { replayId: replay.id, same: sameAnswer(entry.responseBody, replay.responseBody), answer: replay.responseBody };
}
