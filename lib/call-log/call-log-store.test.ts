import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createCallLogStore, type CallLogOptions, type CallLogStore } from '@/lib/call-log/call-log-store';
import { REDACTED, REDACTED_ACTIVATION_CODE } from '@/lib/call-log/redact';
import { sampleCall } from '@/lib/test-support/calls';
import { CALLS_SQLITE_STEPS } from '@/lib/db/migrations/calls-sqlite';
import { openPostgresDatabase, openSqliteDatabase } from '@/lib/db/open';
import { describeOnEachEngine, type Engine } from '@/lib/test-support/databases';
import { startTestPostgres, warmTestPostgres } from '@/lib/test-support/postgres';

const CONFIGURED_TOKEN = 'configured-access-token-7f3a9c';
const LOGIN_TOKEN = 'login-token-0123456789abcdef';
const LPA = 'LPA:1$rsp-0001.linksfield.net$5H9MY-PTG45-3F5YM-ZFP9V';

// PGlite's first start in a process runs initdb: pay it here, not inside a test's timeout.
beforeAll(warmTestPostgres, 120_000);

type OpenedLog = CallLogStore & { close(): Promise<void> };

/** Where a log lives for one test: a file, a database. Every log opened on it shares its calls. */
type CallLogPlace = {
  open(options: CallLogOptions): Promise<OpenedLog>;
  /** Everything the place holds, as text, to look for secrets in: the bytes on disk, the rows. */
  rawText(): Promise<string>;
  /** Removes the place; the logs opened on it are closed first. */
  dispose(): Promise<void>;
};

/** A SQLite file in a folder of its own (the log creates the folder), or a fresh PostgreSQL schema. */
async function newPlace(engine: Engine): Promise<CallLogPlace> {
  if (engine === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'call-log-'));
    const file = join(dir, 'nested', 'calls.sqlite');
    return {
      async open(options) {
        const sql = openSqliteDatabase(file, CALLS_SQLITE_STEPS, 'call log');
        return { ...createCallLogStore(sql, options), close: () => sql.close() };
      },
      // The database file and its WAL, byte for byte.
      async rawText() {
        const folder = join(file, '..');
        return readdirSync(folder)
          .map((name) => readFileSync(join(folder, name)).toString('latin1'))
          .join('\n');
      },
      async dispose() {
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const db = await startTestPostgres();
  return {
    async open(options) {
      const sql = openPostgresDatabase(db.url);
      return { ...createCallLogStore(sql, options), close: () => sql.close() };
    },
    // Every stored row as the database holds it.
    async rawText() {
      const client = new pg.Client({ connectionString: db.url });
      await client.connect();
      try {
        const { rows } = await client.query<{ row: string }>('SELECT row_to_json(calls)::text AS row FROM calls');
        return rows.map((row) => row.row).join('\n');
      } finally {
        await client.end();
      }
    },
    dispose: () => db.stop(),
  };
}

const ids = (entries: { id: number }[]) => entries.map((entry) => entry.id);

/** What the staff call log must do, on SQLite and on PostgreSQL alike. */
describeOnEachEngine('the call log', (engine) => {
  const places: CallLogPlace[] = [];
  const stores: OpenedLog[] = [];

  afterEach(async () => {
    for (const store of stores.splice(0)) await store.close().catch(() => undefined);
    for (const place of places.splice(0)) await place.dispose();
  });

  const place = async () => {
    const created = await newPlace(engine);
    places.push(created);
    return created;
  };
  /** A log on `at` (a new place unless given) keeping `limit` calls, blanking `secrets`. */
  const open = async (at?: CallLogPlace, limit = 1000, secrets: () => string[] = () => [CONFIGURED_TOKEN]) => {
    const store = await (at ?? (await place())).open({ limit, secrets });
    stores.push(store);
    return store;
  };

  describe('append', () => {
    it('stores the call and returns it with an id', async () => {
      const store = await open();
      const entry = await store.append(sampleCall());
      expect(entry).toEqual({ id: 1, ...sampleCall() });
      expect(await store.get(entry.id)).toEqual(entry);
    });

    it('redacts bodies, message and URL before they are stored', async () => {
      const store = await open();
      const entry = await store.append(
        sampleCall({
          endpoint: '/user/login',
          requestBody: '{"email":"a@b.c","passwd":"5f4dcc3b5aa765d61d8327deb882cf99","partnerCode":"1000000005"}',
          responseBody: `{"code":0,"data":{"token":"${LOGIN_TOKEN}"},"message":"ok ${CONFIGURED_TOKEN}"}`,
          message: `unexpected ${LPA} with ${CONFIGURED_TOKEN}`,
          url: `https://example.test/user/login?token=${CONFIGURED_TOKEN}`,
        }),
      );
      expect(entry.requestBody).toBe(`{"email":"a@b.c","passwd":"${REDACTED}","partnerCode":"1000000005"}`);
      expect(entry.responseBody).toBe(`{"code":0,"data":{"token":"${REDACTED}"},"message":"ok ${REDACTED}"}`);
      expect(entry.message).toBe(`unexpected ${REDACTED_ACTIVATION_CODE} with ${REDACTED}`);
      expect(entry.url).toBe(`https://example.test/user/login?token=${REDACTED}`);
      expect(await store.get(entry.id)).toEqual(entry);
    });

    it('applies the configured secrets to malformed answers too', async () => {
      const store = await open();
      const entry = await store.append(
        sampleCall({ httpStatus: 502, code: null, message: 'HTTP 502', responseBody: `<pre>${CONFIGURED_TOKEN}</pre>` }),
      );
      expect(entry.responseBody).toBe(`<pre>${REDACTED}</pre>`);
    });

    it('asks for the secrets on every append', async () => {
      let secrets: string[] = [];
      const store = await open(undefined, 10, () => secrets);
      expect((await store.append(sampleCall({ message: 'rotated-token-1234' }))).message).toBe('rotated-token-1234');
      secrets = ['rotated-token-1234'];
      expect((await store.append(sampleCall({ message: 'rotated-token-1234' }))).message).toBe(REDACTED);
    });

    it('never stores unredacted text', async () => {
      const at = await place();
      const store = await open(at);
      await store.append(
        sampleCall({
          endpoint: '/v1.1/order/myEsimDetail',
          requestBody: `{"orderId":1055200093,"note":"${CONFIGURED_TOKEN}"}`,
          responseBody: `{"code":0,"data":{"qrCode":"${LPA}","activationCode":"5H9MY-PTG45-3F5YM-ZFP9V","token":"${LOGIN_TOKEN}"}}`,
        }),
      );
      // While the log is open (a SQLite WAL not yet folded in), and again after it is closed.
      const whileOpen = await at.rawText();
      await store.close();
      for (const text of [whileOpen, await at.rawText()]) {
        expect(text).toContain('myEsimDetail');
        for (const secret of [CONFIGURED_TOKEN, LOGIN_TOKEN, '5H9MY-PTG45-3F5YM-ZFP9V', 'LPA:1']) {
          expect(text).not.toContain(secret);
        }
      }
    });

    it('stores the start time in UTC and whole milliseconds of latency', async () => {
      const store = await open();
      const entry = await store.append(sampleCall({ at: '2026-11-26T18:00:00.5+08:00', latencyMs: 12.6 }));
      expect(entry).toMatchObject({ at: '2026-11-26T10:00:00.500Z', latencyMs: 13 });
      expect(await store.get(entry.id)).toEqual(entry);
    });

    it('keeps a call with no answer', async () => {
      const store = await open();
      const entry = await store.append(
        sampleCall({ httpStatus: null, code: null, message: 'timeout', responseBody: null, orderRef: null, authenticated: false }),
      );
      expect(await store.get(entry.id)).toMatchObject({
        httpStatus: null,
        code: null,
        responseBody: null,
        orderRef: null,
        authenticated: false,
      });
    });

    it('keeps large codes and Chinese text exactly, and a raw NUL as U+FFFD', async () => {
      const store = await open();
      const entry = await store.append(
        sampleCall({ code: 2 ** 40, message: '套餐不存在', responseBody: 'garbled\0answer', latencyMs: 2 ** 33 }),
      );
      expect(await store.get(entry.id)).toMatchObject({
        code: 2 ** 40,
        message: '套餐不存在',
        responseBody: 'garbled\uFFFDanswer',
        latencyMs: 2 ** 33,
      });
    });

    it('refuses a malformed call and writes nothing', async () => {
      const store = await open();
      await expect(store.append(sampleCall({ at: 'yesterday' }))).rejects.toThrow();
      await expect(store.append(sampleCall({ latencyMs: Number.NaN }))).rejects.toThrow();
      await expect(store.append(sampleCall({ code: 1.5 }))).rejects.toThrow();
      expect(await store.list({})).toEqual([]);
    });

    it('writes nothing when the secrets cannot be read', async () => {
      const store = await open(undefined, 10, () => {
        throw new Error('no configuration');
      });
      await expect(store.append(sampleCall())).rejects.toThrow('no configuration');
      expect(await store.list({})).toEqual([]);
    });
  });

  describe('the bound', () => {
    it('keeps only the newest `limit` calls, dropping the oldest first', async () => {
      const store = await open(undefined, 3);
      for (let i = 1; i <= 5; i += 1) await store.append(sampleCall({ message: `call ${i}` }));
      expect((await store.list({})).map((entry) => entry.message)).toEqual(['call 5', 'call 4', 'call 3']);
      expect(await store.get(1)).toBeNull();
    });

    it('never reuses the id of a dropped call', async () => {
      const at = await place();
      const first = await open(at, 1);
      await first.append(sampleCall());
      await first.append(sampleCall());
      await first.close();
      const second = await open(at, 1);
      expect((await second.append(sampleCall())).id).toBe(3);
    });

    it('applies a lowered limit from the next call on, and a raised one by keeping more', async () => {
      const at = await place();
      const wide = await open(at, 10);
      for (let i = 1; i <= 6; i += 1) await wide.append(sampleCall({ message: `call ${i}` }));
      await wide.close();
      const narrow = await open(at, 2);
      await narrow.append(sampleCall({ message: 'call 7' }));
      expect((await narrow.list({})).map((entry) => entry.message)).toEqual(['call 7', 'call 6']);
      await narrow.close();
      const wider = await open(at, 4);
      for (let i = 8; i <= 10; i += 1) await wider.append(sampleCall({ message: `call ${i}` }));
      expect((await wider.list({})).map((entry) => entry.message)).toEqual(['call 10', 'call 9', 'call 8', 'call 7']);
    });

    it('rejects a limit that is not a positive whole number', async () => {
      const at = await place();
      for (const limit of [0, -1, 1.5, Number.NaN]) {
        await expect(Promise.resolve().then(() => at.open({ limit, secrets: () => [] }))).rejects.toThrow(/limit/);
      }
    });
  });

  describe('list, get, endpoints, forOrder', () => {
    async function seeded() {
      const store = await open();
      await store.append(sampleCall({ at: '2026-11-26T09:00:00.000Z', endpoint: '/user/login', orderRef: null, authenticated: false }));
      await store.append(sampleCall({ at: '2026-11-26T09:01:00.000Z', orderRef: 'ord_a' }));
      await store.append(
        sampleCall({ at: '2026-11-26T09:02:00.000Z', endpoint: '/v1.1/payment/webhook', code: 6006, message: 'PreOrder Timeout', orderRef: 'ord_a' }),
      );
      await store.append(
        sampleCall({ at: '2026-11-26T09:03:00.000Z', endpoint: '/v1.1/payment/webhook', code: null, httpStatus: null, message: 'timeout', responseBody: null, orderRef: 'ord_b' }),
      );
      await store.append(sampleCall({ at: '2026-11-26T09:04:00.000Z', endpoint: '/package/queryOrdStatusAndEmail', orderRef: 'ord_a' }));
      return store;
    }

    it('lists newest first', async () => {
      expect(ids(await (await seeded()).list({}))).toEqual([5, 4, 3, 2, 1]);
    });

    it('filters by endpoint, code, missing code, order and time', async () => {
      const store = await seeded();
      expect(ids(await store.list({ endpoint: '/v1.1/payment/webhook' }))).toEqual([4, 3]);
      expect(ids(await store.list({ code: 6006 }))).toEqual([3]);
      expect(ids(await store.list({ code: 0 }))).toEqual([5, 2, 1]);
      expect(ids(await store.list({ code: 'none' }))).toEqual([4]);
      expect(ids(await store.list({ orderRef: 'ord_a' }))).toEqual([5, 3, 2]);
      expect(ids(await store.list({ sinceAt: '2026-11-26T09:02:00.000Z' }))).toEqual([5, 4, 3]);
      expect(ids(await store.list({ orderRef: 'ord_a', endpoint: '/v1.1/payment/webhook', code: 6006 }))).toEqual([3]);
      expect(await store.list({ endpoint: '/nowhere' })).toEqual([]);
    });

    it('pages with limit and beforeId', async () => {
      const store = await seeded();
      const first = await store.list({ limit: 2 });
      expect(ids(first)).toEqual([5, 4]);
      const second = await store.list({ limit: 2, beforeId: first.at(-1)?.id });
      expect(ids(second)).toEqual([3, 2]);
      expect(ids(await store.list({ limit: 2, beforeId: 2 }))).toEqual([1]);
    });

    it('defaults the page to 100 calls and caps it at 1000', async () => {
      const store = await open(undefined, 5000);
      for (let i = 0; i < 1005; i += 1) await store.append(sampleCall());
      expect(await store.list({})).toHaveLength(100);
      expect(await store.list({ limit: 5000 })).toHaveLength(1000);
      expect(await store.list({ limit: 0 })).toHaveLength(1);
      expect(await store.list({ limit: Number.NaN })).toHaveLength(100);
    }, 60_000);

    it('gets one call, or null for an id it does not hold', async () => {
      const store = await seeded();
      expect(await store.get(3)).toMatchObject({ id: 3, code: 6006, message: 'PreOrder Timeout' });
      for (const id of [99, 0, -1, 1.5, Number.NaN, 2 ** 64]) expect(await store.get(id)).toBeNull();
    });

    it('lists the endpoints present, in byte order and once each', async () => {
      const store = await seeded();
      await store.append(sampleCall({ endpoint: '/Upper/case' }));
      expect(await store.endpoints()).toEqual([
        '/Upper/case',
        '/package/queryOrdStatusAndEmail',
        '/user/login',
        '/v1.1/package/preOrderPackage',
        '/v1.1/payment/webhook',
      ]);
    });

    it("tells one order's story oldest first", async () => {
      const store = await seeded();
      expect(ids(await store.forOrder('ord_a'))).toEqual([2, 3, 5]);
      expect(await store.forOrder('ord_none')).toEqual([]);
    });
  });

  it('keeps its calls across a reopen', async () => {
    const at = await place();
    const first = await open(at);
    const written = await first.append(sampleCall());
    await first.close();
    const second = await open(at);
    expect(await second.get(written.id)).toEqual(written);
    expect(await second.list({})).toEqual([written]);
    expect(await second.endpoints()).toEqual([written.endpoint]);
  });
});
