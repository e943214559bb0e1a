import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { postgresSql } from '@/lib/db/postgres-sql';
import type { Sql } from '@/lib/db/sql';
import { listenForNotices, type Listener } from '@/lib/fanout/listen';
import { CATALOG_REFRESH_CHANNEL, parseNotice } from '@/lib/fanout/notice';
import { publishNotice } from '@/lib/fanout/publish';
import { startCuttableProxy, type CuttableProxy } from '@/lib/test-support/cuttable-proxy';
import { startTestPostgres, testPostgresTarget, warmTestPostgres, type TestPostgres } from '@/lib/test-support/postgres';
import { received } from '@/lib/test-support/received';

/*
 * Against a real PostgreSQL with TEST_DATABASE_URL, else PGlite behind the tests' socket server,
 * which hands each notification to the clients that LISTEN on its channel (PGlite itself is one
 * session and would answer it to the client that sent the NOTIFY).
 */
describe(`refresh notices between instances on ${testPostgresTarget()}`, () => {
  let database: TestPostgres;
  let sql: Sql;
  const listeners: Listener[] = [];
  const proxies: CuttableProxy[] = [];
  // LISTEN/NOTIFY spans the whole database, which parallel runs may share: one channel per test.
  const channel = () => `fanout_test_${randomBytes(6).toString('hex')}`;
  const notify = (name: string, payload: string) => sql.all('SELECT pg_notify($1, $2)', [name, payload]);

  beforeAll(warmTestPostgres, 60_000);
  beforeEach(async () => {
    database = await startTestPostgres();
    sql = postgresSql(new pg.Pool({ connectionString: database.url }));
  });
  afterEach(async () => {
    await Promise.all(listeners.splice(0).map((listener) => listener.stop()));
    await Promise.all(proxies.splice(0).map((proxy) => proxy.close()));
    await sql.close();
    await database.stop();
  });

  it('reaches every listening instance, each on its own connection, well within a second', async () => {
    const from = `test-${randomBytes(6).toString('hex')}`;
    const heard = [received<string>(), received<string>()];
    const ready = received<boolean>();
    for (const inbox of heard) {
      listeners.push(
        listenForNotices({
          url: database.url,
          channel: CATALOG_REFRESH_CHANNEL,
          onPayload: (payload) => {
            const notice = parseNotice(payload);
            if (notice?.from === from) inbox.add(notice.scope);
          },
          onListening: ({ reconnected }) => ready.add(reconnected),
        }),
      );
    }
    expect(await ready.until(2)).toEqual([false, false]);

    const sentAt = performance.now();
    await publishNotice(sql, { from, at: Date.now(), scope: 'catalog' });
    const [first, second] = await Promise.all(heard.map((inbox) => inbox.until(1, 1_000)));
    const delayMs = performance.now() - sentAt;
    console.info(`[fanout test] both listeners heard the notice ${delayMs.toFixed(1)} ms after it was sent (${testPostgresTarget()})`);
    expect(first).toEqual(['catalog']);
    expect(second).toEqual(['catalog']);
    expect(delayMs).toBeLessThan(1_000);
  });

  it('listens again after its connection is cut, says so, and hears the next notice', async () => {
    const name = channel();
    const proxy = await startCuttableProxy(database.url);
    proxies.push(proxy);
    const heard = received<string | undefined>();
    const ready = received<boolean>();
    const errors = received<number>();
    listeners.push(
      listenForNotices({
        url: proxy.url,
        channel: name,
        onPayload: (payload) => heard.add(payload),
        onListening: ({ reconnected }) => ready.add(reconnected),
        onError: (_error, retryInMs) => errors.add(retryInMs),
        backoff: { baseMs: 20, maxMs: 1_000 },
        random: () => 1,
      }),
    );
    await ready.until(1);
    await notify(name, 'before');
    await heard.until(1);

    proxy.cut();
    expect(await errors.until(1)).toEqual([20]);
    expect(await ready.until(2)).toEqual([false, true]);
    expect(proxy.connections()).toBe(2);
    await notify(name, 'after');
    expect(await heard.until(2)).toEqual(['before', 'after']);
  });

  it('keeps trying, waiting longer each time, while the server cannot be reached', async () => {
    const proxy = await startCuttableProxy(database.url);
    proxies.push(proxy);
    proxy.refuse(true);
    const ready = received<boolean>();
    const errors = received<number>();
    listeners.push(
      listenForNotices({
        url: proxy.url,
        channel: channel(),
        onPayload: () => undefined,
        onListening: ({ reconnected }) => ready.add(reconnected),
        onError: (_error, retryInMs) => errors.add(retryInMs),
        backoff: { baseMs: 10, maxMs: 40 },
        random: () => 1,
      }),
    );
    expect(await errors.until(4)).toEqual([10, 20, 40, 40]);
    proxy.refuse(false);
    // Never listened before: not a reconnection.
    expect(await ready.until(1)).toEqual([false]);
  });
});
