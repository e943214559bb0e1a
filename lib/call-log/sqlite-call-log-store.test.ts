import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { CallLogStore } from '@/lib/call-log/call-log-store';
import { REDACTED, REDACTED_ACTIVATION_CODE } from '@/lib/call-log/redact';
import { createSqliteCallLogStore } from '@/lib/call-log/sqlite-call-log-store';
import { sampleCall } from '@/lib/call-log/test-calls';

const CONFIGURED_TOKEN = 'configured-access-token-7f3a9c';
const LOGIN_TOKEN = 'login-token-0123456789abcdef';
const LPA = 'LPA:1$rsp-0001.linksfield.net$5H9MY-PTG45-3F5YM-ZFP9V';

const dirs: string[] = [];
const stores: CallLogStore[] = [];

function tempFile() {
  const dir = mkdtempSync(join(tmpdir(), 'call-log-'));
  dirs.push(dir);
  return join(dir, 'nested', 'calls.sqlite');
}

function open(file = ':memory:', limit = 1000, secrets: string[] = [CONFIGURED_TOKEN]) {
  const store = createSqliteCallLogStore(file, { limit, secrets: () => secrets });
  stores.push(store);
  return store;
}

afterEach(() => {
  for (const store of stores.splice(0)) {
    try {
      store.close();
    } catch {
      // already closed by the test
    }
  }
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('append', () => {
  it('stores the call and returns it with an id', async () => {
    const store = open();
    const entry = await store.append(sampleCall());
    expect(entry).toEqual({ id: 1, ...sampleCall() });
    expect(await store.get(entry.id)).toEqual(entry);
  });

  it('redacts bodies, message and URL before they are stored', async () => {
    const store = open();
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
    const store = open();
    const entry = await store.append(
      sampleCall({ httpStatus: 502, code: null, message: 'HTTP 502', responseBody: `<pre>${CONFIGURED_TOKEN}</pre>` }),
    );
    expect(entry.responseBody).toBe(`<pre>${REDACTED}</pre>`);
  });

  it('asks for the secrets on every append', async () => {
    let secrets: string[] = [];
    const store = createSqliteCallLogStore(':memory:', { limit: 10, secrets: () => secrets });
    stores.push(store);
    expect((await store.append(sampleCall({ message: 'rotated-token-1234' }))).message).toBe('rotated-token-1234');
    secrets = ['rotated-token-1234'];
    expect((await store.append(sampleCall({ message: 'rotated-token-1234' }))).message).toBe(REDACTED);
  });

  it('never writes unredacted bodies to the disk', async () => {
    const file = tempFile();
    const store = open(file);
    await store.append(
      sampleCall({
        endpoint: '/v1.1/order/myEsimDetail',
        requestBody: `{"orderId":1055200093,"note":"${CONFIGURED_TOKEN}"}`,
        responseBody: `{"code":0,"data":{"qrCode":"${LPA}","activationCode":"5H9MY-PTG45-3F5YM-ZFP9V","token":"${LOGIN_TOKEN}"}}`,
      }),
    );
    const folder = join(file, '..');
    // Read the database and its WAL while the store is still open, then again after closing.
    const everything = () => readdirSync(folder).map((name) => readFileSync(join(folder, name)).toString('latin1')).join('\n');
    for (const bytes of [everything(), (store.close(), everything())]) {
      expect(bytes).toContain('myEsimDetail');
      for (const secret of [CONFIGURED_TOKEN, LOGIN_TOKEN, '5H9MY-PTG45-3F5YM-ZFP9V', 'LPA:1']) {
        expect(bytes).not.toContain(secret);
      }
    }
  });

  it('stores the start time in UTC and whole milliseconds of latency', async () => {
    const store = open();
    const entry = await store.append(sampleCall({ at: '2026-11-26T18:00:00.5+08:00', latencyMs: 12.6 }));
    expect(entry).toMatchObject({ at: '2026-11-26T10:00:00.500Z', latencyMs: 13 });
  });

  it('keeps a call with no answer', async () => {
    const store = open();
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

  it('refuses a malformed call and writes nothing', async () => {
    const store = open();
    await expect(store.append(sampleCall({ at: 'yesterday' }))).rejects.toThrow();
    await expect(store.append(sampleCall({ latencyMs: Number.NaN }))).rejects.toThrow();
    await expect(store.append(sampleCall({ code: 1.5 }))).rejects.toThrow();
    expect(await store.list({})).toEqual([]);
  });

  it('writes nothing when the secrets cannot be read', async () => {
    const store = createSqliteCallLogStore(':memory:', {
      limit: 10,
      secrets: () => {
        throw new Error('no configuration');
      },
    });
    stores.push(store);
    await expect(store.append(sampleCall())).rejects.toThrow('no configuration');
    expect(await store.list({})).toEqual([]);
  });
});

describe('the bound', () => {
  it('keeps only the newest `limit` calls, dropping the oldest first', async () => {
    const store = open(':memory:', 3);
    for (let i = 1; i <= 5; i += 1) await store.append(sampleCall({ message: `call ${i}` }));
    const kept = await store.list({});
    expect(kept.map((entry) => entry.message)).toEqual(['call 5', 'call 4', 'call 3']);
    expect(await store.get(1)).toBeNull();
  });

  it('never reuses the id of a dropped call', async () => {
    const file = tempFile();
    const first = open(file, 1);
    await first.append(sampleCall());
    await first.append(sampleCall());
    first.close();
    const second = open(file, 1);
    expect((await second.append(sampleCall())).id).toBe(3);
  });

  it('applies a lowered limit from the next call on, and a raised one by keeping more', async () => {
    const file = tempFile();
    const wide = open(file, 10);
    for (let i = 1; i <= 6; i += 1) await wide.append(sampleCall({ message: `call ${i}` }));
    wide.close();
    const narrow = open(file, 2);
    await narrow.append(sampleCall({ message: 'call 7' }));
    expect((await narrow.list({})).map((entry) => entry.message)).toEqual(['call 7', 'call 6']);
    narrow.close();
    const wider = open(file, 4);
    for (let i = 8; i <= 10; i += 1) await wider.append(sampleCall({ message: `call ${i}` }));
    expect((await wider.list({})).map((entry) => entry.message)).toEqual(['call 10', 'call 9', 'call 8', 'call 7']);
  });

  it('rejects a limit that is not a positive whole number', () => {
    for (const limit of [0, -1, 1.5, Number.NaN]) {
      expect(() => createSqliteCallLogStore(':memory:', { limit, secrets: () => [] })).toThrow(/limit/);
    }
  });
});

describe('list, get, endpoints, forOrder', () => {
  async function seeded() {
    const store = open();
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
  const ids = (entries: { id: number }[]) => entries.map((entry) => entry.id);

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
    const store = open(':memory:', 5000);
    for (let i = 0; i < 1005; i += 1) await store.append(sampleCall());
    expect(await store.list({})).toHaveLength(100);
    expect(await store.list({ limit: 5000 })).toHaveLength(1000);
    expect(await store.list({ limit: 0 })).toHaveLength(1);
    expect(await store.list({ limit: Number.NaN })).toHaveLength(100);
  });

  it('gets one call, or null', async () => {
    const store = await seeded();
    expect(await store.get(3)).toMatchObject({ id: 3, code: 6006, message: 'PreOrder Timeout' });
    expect(await store.get(99)).toBeNull();
  });

  it('lists the endpoints present, alphabetically and once each', async () => {
    expect(await (await seeded()).endpoints()).toEqual([
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

  it('refuses rows that do not have the expected shape', async () => {
    const file = tempFile();
    const store = open(file);
    await store.append(sampleCall());
    const raw = new Database(file);
    raw.prepare("UPDATE calls SET latency_ms = 'slow'").run();
    raw.close();
    await expect(store.get(1)).rejects.toThrow();
  });
});

describe('the file', () => {
  it('survives a restart', async () => {
    const file = tempFile();
    const first = open(file);
    const written = await first.append(sampleCall());
    first.close();
    const second = open(file);
    expect(await second.get(written.id)).toEqual(written);
    expect(await second.list({})).toEqual([written]);
    expect(await second.endpoints()).toEqual([written.endpoint]);
  });

  it('is migrated, in WAL mode, with indexes on order, endpoint and code', async () => {
    const file = tempFile();
    open(file).close();
    const raw = new Database(file, { readonly: true });
    expect(raw.pragma('user_version', { simple: true })).toBe(1);
    expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
    const indexes = raw.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'calls'").pluck().all();
    expect(indexes).toEqual(expect.arrayContaining(['calls_order_ref', 'calls_endpoint', 'calls_code']));
    raw.close();
  });

  it('refuses a file from a newer schema', () => {
    const file = tempFile();
    open(file).close();
    const raw = new Database(file);
    raw.pragma('user_version = 99');
    raw.close();
    expect(() => open(file)).toThrow(/newer version/);
  });
});
