import { createServer, type AddressInfo, type Socket } from 'node:net';
import type { PGlite } from '@electric-sql/pglite';

/*
 * PGlite is one PostgreSQL backend: one session for every client. It is only correct to share it if a
 * client keeps the session from its first message until the session is back where every client
 * expects it: after a Sync or a simple Query, outside any transaction. An extended-protocol query is
 * several messages (Parse, Bind, Describe, Execute, Sync) that share the session's unnamed statement
 * and portal; letting another client's Parse in between makes the first client's Bind run the other
 * statement ("unnamed prepared statement does not exist", or silently the wrong query).
 * @electric-sql/pglite-socket 0.2.17 hands the session over between any two messages outside an
 * explicit transaction, which is exactly that: two shop processes on one PGlite got 500s from it.
 *
 * LISTEN/NOTIFY: the one session hears a NOTIFY when the notifying statement commits, so PGlite writes
 * the NotificationResponse into the answer of whichever client sent the NOTIFY. The server therefore
 * notes which client LISTENs on which channel (simple-protocol LISTEN/UNLISTEN statements, as pg sends
 * them) and hands each notification to those clients instead.
 */

const SSL_REQUEST = 80_877_103;
const GSS_REQUEST = 80_877_104;
const PROTOCOL_3 = 196_608;

/** Messages of an extended-protocol query, up to its Sync: the session must not change hands. */
const EXTENDED = new Set(['P', 'B', 'D', 'E', 'C', 'H']);

export type PgliteServer = {
  /** host:port to put in a connection string. */
  address: string;
  /** Closes every connection and the listener; the PGlite instance stays open. */
  stop(): Promise<void>;
};

type Connection = {
  socket: Socket;
  buffer: Buffer;
  started: boolean;
  closed: boolean;
  /** Between an extended-protocol message and its Sync. */
  midQuery: boolean;
  holdsSession: boolean;
  /** The connection's messages, handled one after another. */
  work: Promise<void>;
  /** Channels this client LISTENs on. */
  channels: Set<string>;
};

/** Serves one PGlite over the PostgreSQL wire protocol to any number of clients, one at a time. */
export async function startPgliteServer(db: PGlite, host = '127.0.0.1'): Promise<PgliteServer> {
  let holder: Connection | null = null;
  const waiting: { connection: Connection; take: () => void }[] = [];
  const connections = new Set<Connection>();
  const works = new Set<Promise<void>>();

  const takeSession = (connection: Connection) =>
    new Promise<void>((resolve) => {
      if (!holder) {
        holder = connection;
        resolve();
      } else {
        waiting.push({ connection, take: resolve });
      }
    });
  const giveBackSession = (connection: Connection) => {
    if (holder !== connection) return;
    connection.holdsSession = false;
    holder = null;
    const next = waiting.shift();
    if (next) {
      holder = next.connection;
      next.take();
    }
  };

  /** Writes an answer to its client, except notifications, which go to the clients that LISTEN on their channel. */
  const answerTo = (connection: Connection | null) => {
    let pending = Buffer.alloc(0);
    return (data: Uint8Array) => {
      // Copied (concat): PGlite may reuse the memory behind `data` for its next answer.
      pending = Buffer.concat([pending, data]);
      const direct: Buffer[] = [];
      while (pending.length >= 5 && pending.length >= 1 + pending.readInt32BE(1)) {
        const message = pending.subarray(0, 1 + pending.readInt32BE(1));
        pending = pending.subarray(message.length);
        if (message[0] !== NOTIFICATION_RESPONSE) {
          direct.push(message);
          continue;
        }
        const channel = message.toString('utf8', 9, message.indexOf(0, 9));
        for (const listener of connections) {
          if (listener.channels.has(channel) && !listener.socket.destroyed) listener.socket.write(message);
        }
      }
      if (connection && !connection.socket.destroyed && direct.length) connection.socket.write(Buffer.concat(direct));
    };
  };

  const run = (message: Uint8Array, connection: Connection | null) =>
    db.runExclusive(() => db.execProtocolRawStream(message, { onRawData: answerTo(connection) }));

  /** Leaves the session as a new client expects it when its holder goes away mid-way. */
  const release = async (connection: Connection) => {
    if (holder !== connection) return;
    try {
      if (connection.midQuery) await run(syncMessage(), null);
      if (db.isInTransaction()) await db.exec('ROLLBACK');
    } finally {
      connection.midQuery = false;
      giveBackSession(connection);
    }
  };

  /** The next whole message in the buffer, or null until more bytes arrive; throws on a bad length. */
  const nextMessage = (connection: Connection): { type: string | null; bytes: Buffer } | null => {
    const { buffer } = connection;
    const [type, length] = connection.started
      ? [buffer.length < 5 ? null : String.fromCharCode(buffer[0]!), buffer.length < 5 ? 0 : 1 + buffer.readInt32BE(1)]
      : [null, buffer.length < 8 ? 0 : buffer.readInt32BE(0)];
    if (length === 0 || buffer.length < length) return null;
    // A length shorter than its own header would never let the buffer move on.
    if (length < (connection.started ? 5 : 8)) throw new Error('malformed message length');
    return { type, bytes: buffer.subarray(0, length) };
  };

  const handle = async (connection: Connection, type: string | null, bytes: Buffer) => {
    const { socket } = connection;
    if (type === null) {
      const code = bytes.readInt32BE(4);
      if (code === SSL_REQUEST || code === GSS_REQUEST) {
        socket.write('N');
        return;
      }
      // A CancelRequest: PGlite has no second backend to signal. Other protocols are not spoken.
      if (code !== PROTOCOL_3) {
        socket.destroy();
        return;
      }
      connection.started = true;
    }
    if (type === 'X') {
      socket.end();
      return;
    }
    if (!connection.holdsSession) {
      await takeSession(connection);
      connection.holdsSession = true;
      if (connection.closed) {
        giveBackSession(connection);
        return;
      }
    }
    await run(new Uint8Array(bytes), connection);
    if (type === 'Q') noteListening(connection, bytes);
    if (type !== null && EXTENDED.has(type)) connection.midQuery = true;
    else if (type === 'S' || type === 'Q') connection.midQuery = false;
    if (!connection.midQuery && !db.isInTransaction()) giveBackSession(connection);
  };

  /** Handles every whole message received so far. */
  const drain = async (connection: Connection) => {
    try {
      for (let message = nextMessage(connection); message && !connection.closed; message = nextMessage(connection)) {
        connection.buffer = connection.buffer.subarray(message.bytes.length);
        await handle(connection, message.type, message.bytes);
      }
    } catch {
      connection.socket.destroy();
    }
  };

  const enqueue = (connection: Connection, step: () => Promise<void>) => {
    const work = connection.work.then(step);
    connection.work = work;
    works.add(work);
    void work.finally(() => works.delete(work));
  };

  const server = createServer((socket) => {
    socket.setNoDelay(true);
    const connection: Connection = {
      socket,
      buffer: Buffer.alloc(0),
      started: false,
      closed: false,
      midQuery: false,
      holdsSession: false,
      work: Promise.resolve(),
      channels: new Set(),
    };
    connections.add(connection);
    socket.on('data', (data) => {
      connection.buffer = Buffer.concat([connection.buffer, data]);
      enqueue(connection, () => drain(connection));
    });
    socket.on('error', () => socket.destroy());
    socket.on('close', () => {
      connection.closed = true;
      connections.delete(connection);
      // After the message in hand: a waiting connection is still handed the session and gives it
      // straight back, so nobody waits for it.
      enqueue(connection, () => release(connection).catch(() => undefined));
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  return {
    address: `${host}:${port}`,
    async stop() {
      for (const connection of connections) connection.socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      while (works.size) await Promise.allSettled([...works]);
    },
  };
}

const NOTIFICATION_RESPONSE = 'A'.charCodeAt(0);

/** `LISTEN x`, `UNLISTEN x` or `UNLISTEN *` in a simple Query message: the client's channels follow it. */
function noteListening(connection: Connection, query: Buffer): void {
  const text = query.toString('utf8', 5, Math.max(5, query.indexOf(0, 5)));
  const match = /^\s*(UN)?LISTEN\s+(?:"([^"]+)"|([A-Za-z_][\w$]*)|(\*))\s*;?\s*$/i.exec(text);
  if (!match) return;
  const channel = match[2] ?? match[3]?.toLowerCase();
  if (!match[1] && channel) connection.channels.add(channel);
  else if (match[4]) connection.channels.clear();
  else if (channel) connection.channels.delete(channel);
}

function syncMessage(): Uint8Array {
  const message = Buffer.alloc(5);
  message.write('S', 0);
  message.writeInt32BE(4, 1);
  return new Uint8Array(message);
}
