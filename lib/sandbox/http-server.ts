import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

import { answerHeaders, answerText, type SandboxAnswer } from '@/lib/sandbox/answers';
import { bodyTooLargeResponse, notFoundResponse, SANDBOX_BODY_LIMIT } from '@/lib/sandbox/envelope';
import { createSandbox, type Sandbox, type SandboxOptions } from '@/lib/sandbox/sandbox';

export type SandboxServerOptions = SandboxOptions & {
  /** 0 = a random free port. */
  port?: number;
  host?: string;
  basePath?: string;
};

export type SandboxServer = {
  /** Base URL including the base path, without a trailing slash. */
  url: string;
  sandbox: Sandbox;
  close(): Promise<void>;
};

/** Stop reading (and drop the connection) past this many bytes of an oversized body. */
const DRAIN_LIMIT = 16 * SANDBOX_BODY_LIMIT;

function normalizeBasePath(basePath: string): string {
  const trimmed = basePath.trim().replace(/\/+$/, '');
  return trimmed === '' || trimmed.startsWith('/') ? trimmed : `/${trimmed}`;
}

function headerRecord(request: IncomingMessage): Record<string, string | undefined> {
  return Object.fromEntries(
    Object.entries(request.headers).map(([name, value]) => [name, Array.isArray(value) ? value.join(', ') : value]),
  );
}

/** The body as UTF-8 text, or undefined when it is larger than the limit. */
function readBody(request: IncomingMessage): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const declared = Number(request.headers['content-length'] ?? 0);
    let size = 0;
    let tooLarge = declared > SANDBOX_BODY_LIMIT;
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > SANDBOX_BODY_LIMIT) tooLarge = true;
      if (!tooLarge) chunks.push(chunk);
      if (size > DRAIN_LIMIT) {
        request.pause();
        resolve(undefined);
      }
    });
    request.on('end', () => resolve(tooLarge ? undefined : Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function send(response: ServerResponse, answer: SandboxAnswer, closeConnection = false): void {
  // The client left (or close() dropped it) while the answer was delayed or held: nobody to answer.
  if (response.destroyed) return;
  const { status, text } = answerText(answer);
  response.writeHead(status, {
    ...answerHeaders(answer),
    // A 204 has neither a body nor a length.
    ...(status === 204 ? {} : { 'content-length': Buffer.byteLength(text) }),
    ...(closeConnection ? { connection: 'close' } : {}),
  });
  response.end(status === 204 ? undefined : text);
}

async function serve(sandbox: Sandbox, basePath: string, request: IncomingMessage, response: ServerResponse) {
  const headers = headerRecord(request);
  const pathname = new URL(request.url ?? '/', 'http://sandbox.invalid').pathname;
  const inside = pathname === basePath || pathname.startsWith(`${basePath}/`);
  const bodyText = await readBody(request);
  if (bodyText === undefined) {
    send(response, bodyTooLargeResponse(headers['accept-language']), true);
    return;
  }
  if (!inside) {
    send(response, notFoundResponse(pathname, headers['accept-language']));
    return;
  }
  const path = pathname.slice(basePath.length) || '/';
  // The response closes early when the socket goes: the client gave up, or close() destroyed it.
  const disconnected = new AbortController();
  const onClose = () => {
    if (!response.writableFinished) disconnected.abort();
  };
  response.once('close', onClose);
  try {
    send(response, await sandbox.handle({ method: request.method ?? 'GET', path, headers, bodyText, signal: disconnected.signal }));
  } finally {
    response.off('close', onClose);
  }
}

/** Serves a sandbox over HTTP on node:http, e.g. at `http://127.0.0.1:4010/cube/v4`. */
export function startSandboxServer(options: SandboxServerOptions = {}): Promise<SandboxServer> {
  const { port = 0, host = '127.0.0.1', basePath: rawBasePath = '/cube/v4', ...sandboxOptions } = options;
  const basePath = normalizeBasePath(rawBasePath);
  const sandbox = createSandbox(sandboxOptions);
  const server = createServer((request, response) => {
    serve(sandbox, basePath, request, response).catch((error: unknown) => {
      console.error('[sandbox] request failed', error);
      if (!response.headersSent) response.writeHead(500);
      response.end();
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      const address = server.address() as AddressInfo;
      const hostPart = address.family === 'IPv6' ? `[${address.address}]` : address.address;
      resolve({
        url: `http://${hostPart}:${address.port}${basePath}`,
        sandbox,
        close: () =>
          new Promise<void>((done, fail) => {
            server.close((error) => (error ? fail(error) : done()));
            server.closeAllConnections();
          }),
      });
    });
  });
}
