import { normalizeAddress, peerAddress } from '@/lib/security/peer-address';

/**
 * The client's address for rate limits. Reached directly (`trustedProxies` 0, the default), it is
 * the connection's own address: X-Forwarded-For and X-Real-IP are whatever the client chose to send.
 * Behind proxies, each appends the address it was reached from to X-Forwarded-For, so only the
 * right-most entries are trustworthy: the client is the entry `trustedProxies` places from the right.
 * (Next sets the header to the socket's address only when a request has none, and never appends.)
 */
export function clientAddress(headers: Pick<Headers, 'get'>, trustedProxies: number): string | undefined {
  if (trustedProxies === 0) return peerAddress(headers);
  const hops = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((hop) => hop.trim())
    .filter(Boolean);
  const hop = hops[Math.max(0, hops.length - trustedProxies)];
  return hop === undefined ? undefined : normalizeAddress(hop);
}
