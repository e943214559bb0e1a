import { connect, type Socket } from 'node:net';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startPgliteServer, type PgliteServer } from '@/lib/test-support/pglite-server';

/** A frontend message: type byte, length, body. */
function message(type: string, ...parts: Buffer[]): Buffer {
  const body = Buffer.concat(parts);
  const head = Buffer.alloc(5);
  head.write(type, 0);
  head.writeInt32BE(body.length + 4, 1);
  return Buffer.concat([head, body]);
}
const text = (value: string) => Buffer.from(`${value}\0`);
const int16 = (value: number) => Buffer.from([value >> 8, value & 0xff]);
const int32 = (value: number) => {
  const bytes = Buffer.alloc(4);
  bytes.writeInt32BE(value);
  return bytes;
};

/**
 * A hand-driven client, so a test can stop between the messages of one query, which pg never does
 * on purpose but a busy socket does by accident.
 */
class RawClient {
  private received = Buffer.alloc(0);
  private waiter: (() => void) | null = null;

  private constructor(private readonly socket: Socket) {
    socket.on('data', (data) => {
      this.received = Buffer.concat([this.received, data]);
      this.waiter?.();
    });
  }

  static async open(address: string): Promise<RawClient> {
    const [host, port] = address.split(':');
    const socket = connect(Number(port), host);
    await new Promise((resolve) => socket.once('connect', resolve));
    const client = new RawClient(socket);
    const startup = Buffer.concat([int32(196_608), text('user'), text('postgres'), text('database'), text('postgres'), Buffer.from([0])]);
    socket.write(Buffer.concat([int32(startup.length + 4), startup]));
    await client.untilReady();
    return client;
  }

  send(...messages: Buffer[]) {
    this.socket.write(Buffer.concat(messages));
  }

  /** The backend messages up to and including the next ReadyForQuery, as [type, body]. */
  async untilReady(): Promise<[string, Buffer][]> {
    for (;;) {
      const messages: [string, Buffer][] = [];
      let offset = 0;
      while (offset + 5 <= this.received.length) {
        const length = this.received.readInt32BE(offset + 1);
        if (offset + 1 + length > this.received.length) break;
        const type = String.fromCharCode(this.received[offset]!);
        messages.push([type, this.received.subarray(offset + 5, offset + 1 + length)]);
        offset += 1 + length;
        if (type === 'Z') {
          this.received = this.received.subarray(offset);
          return messages;
        }
      }
      await new Promise<void>((resolve) => (this.waiter = resolve));
    }
  }

  destroy() {
    this.socket.destroy();
  }
}

const parse = (sql: string) => message('P', text(''), text(sql), int16(0));
const bind = (...values: string[]) =>
  message('B', text(''), text(''), int16(0), int16(values.length), ...values.flatMap((value) => [int32(Buffer.byteLength(value)), Buffer.from(value)]), int16(0));
const execute = () => message('E', text(''), int32(0));
const sync = () => message('S');

describe('PGlite server', () => {
  let db: PGlite;
  let server: PgliteServer;
  const pools: pg.Pool[] = [];
  const pool = () => {
    const created = new pg.Pool({ connectionString: `postgresql://postgres:postgres@${server.address}/postgres`, max: 4 });
    pools.push(created);
    return created;
  };

  // initdb takes seconds: one database for the file, a new server in front of it for each test.
  beforeAll(async () => {
    db = await PGlite.create();
  }, 120_000);
  afterAll(() => db.close());
  beforeEach(async () => {
    server = await startPgliteServer(db);
  });
  afterEach(async () => {
    for (const created of pools.splice(0)) await created.end();
    await server.stop();
  });

  it("keeps the session for one client's whole query, however its messages arrive", async () => {
    const raw = await RawClient.open(server.address);
    raw.send(parse('SELECT $1::int + 1 AS n'));
    // Another client's query of a different shape, sent while the first one is between Parse and Bind.
    const other = pool().query<{ s: string }>('SELECT $1::text || $2::text AS s', ['a', 'b']);
    let otherDone = false;
    void other.then(() => (otherDone = true));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(otherDone).toBe(false);
    raw.send(bind('41'), execute(), sync());
    const answer = await raw.untilReady();
    expect(answer.map(([type]) => type)).not.toContain('E');
    const row = answer.find(([type]) => type === 'D')?.[1];
    expect(row?.subarray(6).toString()).toBe('42');
    expect((await other).rows).toEqual([{ s: 'ab' }]);
    raw.destroy();
  });

  it('keeps the session for a whole transaction, and rolls it back when its client goes away', async () => {
    await db.exec('CREATE TABLE t (n INTEGER)');
    const writer = await pool().connect();
    const reader = pool();
    await writer.query('BEGIN');
    await writer.query('INSERT INTO t VALUES ($1)', [1]);
    // The same backend would show the uncommitted row; the reader must wait for the end instead.
    const seen = reader.query<{ count: string }>('SELECT count(*) FROM t');
    await new Promise((resolve) => setTimeout(resolve, 200));
    await writer.query('COMMIT');
    expect((await seen).rows[0]?.count).toBe('1');

    await writer.query('BEGIN');
    await writer.query('INSERT INTO t VALUES ($1)', [2]);
    writer.release(new Error('gone'));
    expect((await reader.query<{ count: string }>('SELECT count(*) FROM t')).rows[0]?.count).toBe('1');
    expect(db.isInTransaction()).toBe(false);
  });

  it('answers many concurrent queries of different shapes from several pools correctly', async () => {
    const [a, b] = [pool(), pool()];
    const results = await Promise.all(
      Array.from({ length: 200 }, async (_, index) => {
        if (index % 2) return (await a.query<{ v: number }>('SELECT $1::int * 2 AS v', [index])).rows[0]?.v === index * 2;
        const { rows } = await b.query<{ v: string }>('SELECT $1::text || $2::text || $3::text AS v', ['x', index, 'y']);
        return rows[0]?.v === `x${index}y`;
      }),
    );
    expect(results.every(Boolean)).toBe(true);
  });

  it('hands a notification to the clients that LISTEN on its channel, not to the one that sent it', async () => {
    const url = `postgresql://postgres:postgres@${server.address}/postgres`;
    const [listener, bystander, sender] = [new pg.Client(url), new pg.Client(url), new pg.Client(url)];
    const heard = new Map<pg.Client, string[]>([listener, bystander, sender].map((client) => [client, []]));
    for (const client of heard.keys()) {
      await client.connect();
      client.on('notification', (note) => heard.get(client)!.push(`${note.channel}:${note.payload}`));
    }
    try {
      await listener.query('LISTEN "Mixed_Case"');
      await listener.query('LISTEN plain_channel');
      await bystander.query('LISTEN elsewhere');
      await sender.query(`SELECT pg_notify('Mixed_Case', 'one'), pg_notify('plain_channel', 'two')`);
      await listener.query('UNLISTEN plain_channel');
      await sender.query(`SELECT pg_notify('plain_channel', 'three'), pg_notify('Mixed_Case', 'four')`);
      // A query on each makes sure whatever was meant for it has arrived (the server writes in order).
      for (const client of heard.keys()) await client.query('SELECT 1');
      expect(heard.get(listener)).toEqual(['Mixed_Case:one', 'plain_channel:two', 'Mixed_Case:four']);
      expect(heard.get(bystander)).toEqual([]);
      expect(heard.get(sender)).toEqual([]);
    } finally {
      for (const client of heard.keys()) await client.end();
    }
  });
});
