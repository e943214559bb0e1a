import pg from 'pg';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openPostgresDatabase } from '@/lib/db/open';
import { migratePostgres, POSTGRES_SCHEMA_VERSION } from '@/lib/db/postgres-migrate';
import { newOrderRef } from '@/lib/store/records';
import { createStores, type Stores } from '@/lib/store/stores';
import {
  startTestPostgres,
  testPostgresTarget,
  warmTestPostgres,
  type TestPostgres,
} from '@/lib/test-support/postgres';
import { sampleOrder } from '@/lib/test-support/sample-order';

// PGlite's first start in a process runs initdb: pay it here, not inside a test's timeout.
beforeAll(warmTestPostgres, 120_000);

describe(`The shop's PostgreSQL database (${testPostgresTarget()})`, () => {
  let db: TestPostgres;
  const closers: (() => Promise<void>)[] = [];
  beforeEach(async () => {
    db = await startTestPostgres();
  });
  afterEach(async () => {
    for (const close of closers.splice(0).reverse()) await close();
    await db.stop();
  });

  const newPool = () => {
    const pool = new pg.Pool({ connectionString: db.url });
    closers.push(() => pool.end());
    return pool;
  };
  /** One shop instance's stores on the test database: its own pool, migrated on first use. */
  const open = (): Stores => {
    const sql = openPostgresDatabase(db.url);
    closers.push(() => sql.close());
    return createStores(sql);
  };
  const EVERY_STEP = Array.from({ length: POSTGRES_SCHEMA_VERSION }, (_, index) => index + 1);
  const versions = async () =>
    (await newPool().query<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version')).rows.map(
      (row) => row.version,
    );

  describe('migrations', () => {
    it('runs each step once and finds nothing to do the second time', async () => {
      const pool = newPool();
      expect(await migratePostgres(pool)).toEqual({ applied: EVERY_STEP, version: POSTGRES_SCHEMA_VERSION });
      expect(await migratePostgres(pool)).toEqual({ applied: [], version: POSTGRES_SCHEMA_VERSION });
      expect(await versions()).toEqual(EVERY_STEP);
    });

    it('keeps the orders across a reopen', async () => {
      const ref = newOrderRef();
      const sql = openPostgresDatabase(db.url);
      await createStores(sql).orders.insert(sampleOrder(ref));
      await sql.close();
      const second = open();
      expect(await second.orders.findByRef(ref)).toEqual(sampleOrder(ref));
    });

    it('lets several instances start at once on an empty database, each step applied once', async () => {
      const results = await Promise.all(Array.from({ length: 4 }, () => migratePostgres(newPool())));
      expect(results.flatMap((result) => result.applied).sort()).toEqual(EVERY_STEP);
      expect(await versions()).toEqual(EVERY_STEP);
    });

    it('opens two stores at once on an empty database', async () => {
      const [a, b] = [open(), open()];
      const ref = newOrderRef();
      await a.orders.insert(sampleOrder(ref));
      expect(await b.orders.findByRef(ref)).toEqual(sampleOrder(ref));
      expect(await versions()).toEqual(EVERY_STEP);
    });

    it('connects and migrates on first use, once, whatever comes first', async () => {
      const store = open();
      const ref = newOrderRef();
      const [, missing] = await Promise.all([store.orders.insert(sampleOrder(ref)), store.orders.findByRef(newOrderRef())]);
      expect(missing).toBeNull();
      expect(await store.orders.findByRef(ref)).toEqual(sampleOrder(ref));
      expect(await versions()).toEqual(EVERY_STEP);
    });
  });

  describe('two shop instances on one database', () => {
    let a: Stores;
    let b: Stores;
    beforeEach(async () => {
      a = open();
      b = open();
      // Open several connections in each pool first, so the racing calls below do not trickle in
      // behind connection set-up and really overlap on the server.
      await Promise.all([a, b].flatMap((store) => Array.from({ length: 6 }, () => store.formKeys.find('warm-up'))));
    });
    const both = <T,>(count: number, call: (store: Stores, index: number) => Promise<T>) =>
      Promise.all(Array.from({ length: count }, (_, index) => call(index % 2 ? b : a, index)));

    it("see each other's writes", async () => {
      const ref = newOrderRef();
      await a.orders.insert(sampleOrder(ref, { accountEmail: 'a@example.com' }));
      expect(await b.orders.findByRef(ref)).toEqual(sampleOrder(ref, { accountEmail: 'a@example.com' }));
      expect((await b.orders.listByAccount('a@example.com')).map((order) => order.ref)).toEqual([ref]);
      await b.orders.setProviderPayStatus(ref, 'paid');
      expect((await a.orders.findByRef(ref))?.providerPayStatus).toBe('paid');
      const now = '2026-11-26T10:00:00.000Z';
      await b.formKeys.claim({ key: 'seen', fingerprint: 'f', request: '{}', now });
      expect(await a.formKeys.find('seen')).toMatchObject({ state: 'pending', fingerprint: 'f' });
    });

    it('give exactly one winner for concurrent claims of an order form key, fresh or refused', async () => {
      const now = '2026-11-26T10:00:00.000Z';
      for (let round = 0; round < 5; round++) {
        const key = `race-${round}`;
        const claims = await both(12, (store) => store.formKeys.claim({ key, fingerprint: 'f', request: '{}', now }));
        expect(claims.filter((claim) => claim.claimed)).toHaveLength(1);
        for (const claim of claims) {
          if (!claim.claimed) expect(claim.existing).toMatchObject({ key, state: 'pending', fingerprint: 'f' });
        }
        await a.formKeys.finish(key, { state: 'refused' }, now);
        const retries = await both(12, (store, index) =>
          store.formKeys.claim({ key, fingerprint: `corrected-${index}`, request: '{}', now }),
        );
        const winners = retries.flatMap((claim, index) => (claim.claimed ? [`corrected-${index}`] : []));
        expect(winners).toHaveLength(1);
        // The losers saw the winner's claim, and the key now carries the winner's order.
        for (const claim of retries) {
          if (!claim.claimed) expect(claim.existing).toMatchObject({ state: 'pending', fingerprint: winners[0] });
        }
        expect(await b.formKeys.find(key)).toMatchObject({ state: 'pending', fingerprint: winners[0] });
      }
    });

    it('give exactly one winner for concurrent payments of one order', async () => {
      for (let round = 0; round < 5; round++) {
        const ref = newOrderRef();
        await a.orders.insert(sampleOrder(ref));
        const started = await both(12, (store, index) =>
          store.payments.start({
            id: `${ref}-${index}`,
            orderRef: ref,
            amountMinor: 4500,
            currency: 'JPY',
            cardLast4: '4242',
            createdAt: '2026-11-26T10:00:00.000Z',
          }),
        );
        expect(started.filter(Boolean)).toHaveLength(1);
        expect(await b.payments.list(ref)).toHaveLength(1);
      }
    });

    it('give exactly one winner for concurrent claims of a payment report', async () => {
      for (let round = 0; round < 5; round++) {
        const ref = newOrderRef();
        await b.orders.insert(sampleOrder(ref));
        const claimed = await both(12, (store, index) =>
          store.payments.claimReport({
            orderRef: ref,
            type: 'succeeded',
            paymentId: `pay_${index}`,
            createdAt: '2026-11-26T10:00:00.000Z',
          }),
        );
        expect(claimed.filter(Boolean)).toHaveLength(1);
        expect(await a.payments.findReport(ref)).toMatchObject({ state: 'sending' });
      }
    });

    it('see a session ended on the other as over', async () => {
      await a.sessions.start({ id: 'shared', kind: 'staff', createdAt: '2026-11-26T10:00:00.000Z', expiresAt: '2026-11-26T18:00:00.000Z' });
      expect(await b.sessions.isLive('shared', 'staff', '2026-11-26T11:00:00.000Z')).toBe(true);
      await b.sessions.end('shared', '2026-11-26T11:00:00.000Z');
      expect(await a.sessions.isLive('shared', 'staff', '2026-11-26T11:00:01.000Z')).toBe(false);
    });

    it('count rate-limit hits from both without losing one', async () => {
      const hits = await both(20, (store) => store.rateLimits.hit('ip:9', '2026-11-26T10:00:00.000Z'));
      expect([...hits].sort((x, y) => x - y)).toEqual(Array.from({ length: 20 }, (_, index) => index + 1));
    });
  });
});
