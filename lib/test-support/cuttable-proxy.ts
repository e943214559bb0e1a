import { connect, createServer, type AddressInfo, type Socket } from 'node:net';

export type CuttableProxy = {
  /** `url` with its host and port replaced by the proxy's. */
  url: string;
  /** Drops every connection through the proxy at once, as a server restart or a network fault would. */
  cut(): void;
  /** How many connections have come through so far. */
  connections(): number;
  /** While true, every new connection is dropped at once, as an unreachable server's would be. */
  refuse(refusing: boolean): void;
  close(): Promise<void>;
};

/** A loopback TCP relay to the database at `url`, so a test can cut a client's connection under it. */
export async function startCuttableProxy(url: string): Promise<CuttableProxy> {
  const target = new URL(url);
  const sockets = new Set<Socket>();
  let count = 0;
  let refusing = false;
  const server = createServer((client) => {
    if (refusing) {
      client.destroy();
      return;
    }
    count += 1;
    const upstream = connect(Number(target.port || 5432), target.hostname);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('error', () => socket.destroy());
      socket.on('close', () => sockets.delete(socket));
    }
    client.pipe(upstream).pipe(client);
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const proxied = new URL(url);
  proxied.hostname = '127.0.0.1';
  proxied.port = String((server.address() as AddressInfo).port);
  return {
    url: proxied.toString(),
    cut() {
      for (const socket of sockets) socket.destroy();
    },
    connections: () => count,
    refuse(value) {
      refusing = value;
    },
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
