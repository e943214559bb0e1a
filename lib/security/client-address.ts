/**
 * The client's address for rate limits, from `X-Forwarded-For`. Each proxy appends the address it
 * was reached from, so only the right-most entries are trustworthy: with `trustedProxies` proxies in
 * front, the client is the entry that many places from the right. The left-most entry is whatever the
 * client chose to send. Next.js itself sets the header to the socket's address when none came, so a
 * shop reached directly (count 1) is keyed by its peer unless the client forges the header: run it
 * behind a proxy that sets the header (see `.env.example`).
 */
export function clientAddress(headers: Pick<Headers, 'get'>, trustedProxies: number): string | undefined {
  const hops = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((hop) => hop.trim())
    .filter(Boolean);
  if (hops.length === 0) return headers.get('x-real-ip')?.trim() || undefined;
  return hops[Math.max(0, hops.length - trustedProxies)];
}
