import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { postgresSql } from '@/lib/db/postgres-sql';
import type { Sql } from '@/lib/db/sql';
import { publishNotice } from '@/lib/fanout/publish';
import { startCuttableProxy, type CuttableProxy } from '@/lib/test-support/cuttable-proxy';
import { startTestPostgres, testPostgresTarget, warmTestPostgres, type TestPostgres } from '@/lib/test-support/postgres';

// The instance's settings: its database (through a proxy the test can cut) and its own port.
const env = vi.hoisted(() => ({ databaseUrl: undefined as string | undefined, port: 0 }));
vi.mock('@/lib/env', () => ({ getEnv: () => env }));
const databases = vi.hoisted(() => ({ shop: undefined as unknown }));
vi.mock('@/lib/db', () => ({ getDatabases: () => databases }));
const catalog = vi.hoisted(() => ({ refreshCatalog: vi.fn() }));
vi.mock('@/lib/catalog', () => catalog);

/**
 * One instance's wiring, started as instrumentation starts it, with the other instances played by
 * notices the test publishes. Its own port is a plain HTTP server standing in for the internal pages
 * route, so the loopback call is real.
 */
describe(`catalog fanout of one instance on ${testPostgresTarget()}`, () => {
  let database: TestPostgres;
  let proxy: CuttableProxy;
  let sql: Sql;
  let ownServer: Server;
  const pageCalls: { path: string | undefined; key: string | undefined }[] = [];
  const other = `other-${randomBytes(6).toString('hex')}`;

  beforeAll(async () => {
    await warmTestPostgres();
    database = await startTestPostgres();
    proxy = await startCuttableProxy(database.url);
    sql = postgresSql(new pg.Pool({ connectionString: database.url }));
    databases.shop = sql;
    ownServer = createServer((request, response) => {
      pageCalls.push({ path: request.url, key: request.headers['x-esim-qr-mall-pages-key'] as string | undefined });
      response.writeHead(204).end();
    });
    await new Promise<void>((resolve) => ownServer.listen(0, '127.0.0.1', resolve));
    env.port = (ownServer.address() as AddressInfo).port;
    env.databaseUrl = proxy.url;
  }, 60_000);

  afterAll(async () => {
    const { stopCatalogFanout } = await import('@/lib/fanout');
    await stopCatalogFanout();
    await new Promise((resolve) => ownServer.close(resolve));
    await proxy.close();
    await sql.close();
    await database.stop();
  });

  it('ignores its own notice, refreshes for the others, and renders a storm of notices once per gap', async () => {
    const { announceCatalogRefresh, PAGES_ROUTE, startCatalogFanout } = await import('@/lib/fanout');
    const { pagesKey } = await import('@/lib/fanout/pages-key');
    await startCatalogFanout();

    // Its own refresh (the route has refreshed this instance already), then another's pages-only one:
    // notices arrive in order, so once the second is handled the first was skipped.
    expect(await announceCatalogRefresh('catalog')).toBe('sent');
    await publishNotice(sql, { from: other, at: Date.now(), scope: 'pages' });
    await expect.poll(() => pageCalls.length).toBe(1);
    expect(pageCalls[0]).toEqual({ path: PAGES_ROUTE, key: pagesKey() });
    expect(catalog.refreshCatalog).not.toHaveBeenCalled();

    // Another instance's staff refresh: the memory catalog too.
    await publishNotice(sql, { from: other, at: Date.now(), scope: 'catalog' });
    await expect.poll(() => pageCalls.length).toBe(2);
    expect(catalog.refreshCatalog).toHaveBeenCalledTimes(1);

    // Fifty notices at once (distinct, or PostgreSQL folds them in one transaction): at most one
    // render now and one at the gap's end, each making the catalog due.
    const before = pageCalls.length;
    const refreshesBefore = catalog.refreshCatalog.mock.calls.length;
    await sql.all(
      `SELECT pg_notify('catalog_refresh', json_build_object('from', $1::text, 'at', n, 'scope', 'catalog')::text) FROM generate_series(1, 50) AS n`,
      [other],
    );
    await expect.poll(() => pageCalls.length, { timeout: 3_000 }).toBeGreaterThan(before);
    // The storm's trailing run, if any, comes within a gap (500 ms); nothing can signal "no more runs".
    await new Promise((resolve) => setTimeout(resolve, 1_200));
    expect(pageCalls.length - before).toBeGreaterThanOrEqual(1);
    expect(pageCalls.length - before).toBeLessThanOrEqual(2);
    expect(catalog.refreshCatalog.mock.calls.length - refreshesBefore).toBe(pageCalls.length - before);
  });

  it('refreshes once after its connection comes back, for a notice it may have missed', async () => {
    const { startCatalogFanout } = await import('@/lib/fanout');
    await startCatalogFanout();
    const calls = pageCalls.length;
    const refreshes = catalog.refreshCatalog.mock.calls.length;
    proxy.cut();
    await expect.poll(() => pageCalls.length, { timeout: 10_000 }).toBe(calls + 1);
    expect(catalog.refreshCatalog).toHaveBeenCalledTimes(refreshes + 1);
  });
});
