import 'server-only';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { onePerProcess } from '@/lib/one-per-process';
import { peerAddress } from '@/lib/security/peer-address';

/** The header with which an instance asks its own pages route to render the cached pages again. */
export const PAGES_KEY_HEADER = 'x-esim-qr-mall-pages-key';

/** Made once per process and never sent anywhere but this process's own loopback address. */
export function pagesKey(): string {
  return onePerProcess('fanout-pages-key', () => randomBytes(32).toString('base64url'));
}

const LOOPBACK = new Set(['127.0.0.1', '::1']);

/**
 * Whether a request to the internal pages route comes from this very process: its key, over a
 * loopback connection (as noted by `stampPeerAddresses`, which a client cannot forge).
 */
export function isOwnPagesCall(headers: Pick<Headers, 'get'>): boolean {
  const given = Buffer.from(headers.get(PAGES_KEY_HEADER) ?? '');
  const key = Buffer.from(pagesKey());
  if (given.length !== key.length || !timingSafeEqual(given, key)) return false;
  const address = peerAddress(headers);
  return address !== undefined && LOOPBACK.has(address);
}
