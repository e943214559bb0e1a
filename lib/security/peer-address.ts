import 'server-only';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { subscribe } from 'node:diagnostics_channel';
import type { IncomingMessage } from 'node:http';
import type { Socket } from 'node:net';

/** The request header in which the shop itself notes the address each connection came from. */
export const PEER_ADDRESS_HEADER = 'x-esim-qr-mall-peer';

const markKey = Symbol.for('esim-qr-mall.peer-address-mark');
type Holder = { [markKey]?: string };

/**
 * Route handlers and server actions cannot see the socket in Next 16 (no `request.ip`), and
 * `next start` sets X-Forwarded-For to the socket's address only when a request has none: a client's
 * own header passes through untouched. So the shop notes the address itself before Next reads the
 * request: Node publishes each request on `http.server.request.start` just before the server's
 * 'request' event. The note carries a random mark made once per process, so a client that writes the
 * header itself, or a request that arrived before this ran, is not believed.
 */
export function stampPeerAddresses(): void {
  const holder = globalThis as Holder;
  if (holder[markKey]) return;
  const mark = randomBytes(16).toString('base64url');
  holder[markKey] = mark;
  subscribe('http.server.request.start', (message) => {
    const { request, socket } = message as { request: IncomingMessage; socket: Socket };
    request.headers[PEER_ADDRESS_HEADER] = `${mark} ${socket.remoteAddress ?? ''}`;
  });
}

/** An IPv4 client of a dual-stack socket reads `::ffff:192.0.2.1`: one client, one key. */
export function normalizeAddress(address: string): string | undefined {
  const trimmed = address.trim();
  return trimmed.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, '') || undefined;
}

/** The connection's address as noted by `stampPeerAddresses`, or undefined when there is no genuine note. */
export function peerAddress(headers: Pick<Headers, 'get'>): string | undefined {
  const mark = (globalThis as Holder)[markKey];
  const [given, address] = (headers.get(PEER_ADDRESS_HEADER) ?? '').split(' ');
  if (!mark || !given || !address || given.length !== mark.length) return undefined;
  if (!timingSafeEqual(Buffer.from(given), Buffer.from(mark))) return undefined;
  return normalizeAddress(address);
}
