import { once } from 'node:events';
import { createServer, request as httpRequest, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientAddress } from '@/lib/security/client-address';
import { PEER_ADDRESS_HEADER, stampPeerAddresses } from '@/lib/security/peer-address';

/** The headers as Next hands them to a route handler or server action: a copy of the request's. */
const headersOf = (request: IncomingMessage) => {
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) if (typeof value === 'string') headers.set(name, value);
  return headers;
};

describe('the connection stamp', () => {
  let server: Server;
  let port: number;
  let seen: Headers[] = [];

  beforeAll(async () => {
    stampPeerAddresses();
    // Like `next start`: fill X-Forwarded-For with the socket's address only when none came.
    server = createServer((request, response) => {
      request.headers['x-forwarded-for'] ??= request.socket.remoteAddress;
      seen.push(headersOf(request));
      response.end();
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    port = (server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    server.close();
    await once(server, 'close');
  });

  async function send(headers: Record<string, string>): Promise<Headers> {
    seen = [];
    const request = httpRequest({ host: '127.0.0.1', port, path: '/', headers });
    request.end();
    const [response] = (await once(request, 'response')) as [IncomingMessage];
    response.resume();
    await once(response, 'end');
    return seen[0]!;
  }

  it("gives the connection's address to a shop reached directly, whatever the client wrote", async () => {
    const forged = await send({
      'x-forwarded-for': '203.0.113.9',
      'x-real-ip': '198.51.100.7',
      [PEER_ADDRESS_HEADER]: 'forged 203.0.113.10',
    });
    expect(forged.get('x-forwarded-for')).toBe('203.0.113.9');
    expect(clientAddress(forged, 0)).toBe('127.0.0.1');
    expect(clientAddress(await send({}), 0)).toBe('127.0.0.1');
  });

  it('still reads the proxies\' X-Forwarded-For when proxies are trusted', async () => {
    expect(clientAddress(await send({ 'x-forwarded-for': '203.0.113.9, 198.51.100.7' }), 1)).toBe('198.51.100.7');
  });

  it('is installed once, however often it is asked for', async () => {
    stampPeerAddresses();
    stampPeerAddresses();
    expect(clientAddress(await send({}), 0)).toBe('127.0.0.1');
  });
});
