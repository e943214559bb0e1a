import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { onceUntilDone } from '@/lib/db/open';
import type { Sql } from '@/lib/db/sql';
import { describeOnEachEngine, openTestDatabase, type TestDatabase } from '@/lib/test-support/databases';
import { warmTestPostgres } from '@/lib/test-support/postgres';

// PGlite's first start in a process runs initdb: pay it here, not inside a test's timeout.
beforeAll(warmTestPostgres, 120_000);

describeOnEachEngine('Sql', (engine) => {
  let database: TestDatabase;
  let sql: Sql;
  afterEach(async () => {
    await database?.close();
  });
  const open = async () => {
    database = await openTestDatabase(engine);
    sql = database.sql;
    await sql.run('CREATE TABLE notes (id TEXT PRIMARY KEY, body TEXT NOT NULL, done BOOLEAN NOT NULL)');
  };
  const bodies = async () => (await sql.all('SELECT body FROM notes ORDER BY id')).map((row) => row.body);

  it('binds $n placeholders in any order, booleans included, and counts what changed', async () => {
    await open();
    expect(await sql.run('INSERT INTO notes (body, id, done) VALUES ($2, $1, $3)', ['a', 'first', true])).toBe(1);
    expect(await sql.run('INSERT INTO notes (id, body, done) VALUES ($1, $2, $3)', ['b', 'second', false])).toBe(1);
    const rows = await sql.all('SELECT id, body FROM notes WHERE body = $1 OR id = $1 ORDER BY id', ['b']);
    expect(rows).toEqual([{ id: 'b', body: 'second' }]);
    expect(await sql.run('UPDATE notes SET body = $1 WHERE id = $2', ['changed', 'none'])).toBe(0);
    expect(await sql.all('INSERT INTO notes (id, body, done) VALUES ($1, $2, $3) RETURNING id', ['c', 'third', true])).toEqual([{ id: 'c' }]);
  });

  it('commits a transaction whole, or rolls it back whole when it throws', async () => {
    await open();
    await sql.transaction(async (tx) => {
      await tx.run("INSERT INTO notes (id, body, done) VALUES ('1', 'kept', true)");
      await tx.run("INSERT INTO notes (id, body, done) VALUES ('2', 'kept too', true)");
    });
    await expect(
      sql.transaction(async (tx) => {
        await tx.run("INSERT INTO notes (id, body, done) VALUES ('3', 'lost', true)");
        await tx.run("INSERT INTO notes (id, body, done) VALUES ('1', 'duplicate', true)");
      }),
    ).rejects.toThrow();
    expect(await bodies()).toEqual(['kept', 'kept too']);
  });

  it('never lets another statement see or join a transaction half done', async () => {
    await open();
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let written: () => void = () => undefined;
    const insideWrote = new Promise<void>((resolve) => {
      written = resolve;
    });
    const inside = sql.transaction(async (tx) => {
      await tx.run("INSERT INTO notes (id, body, done) VALUES ('1', 'inside', true)");
      written();
      await held;
      throw new Error('rolled back');
    });
    // A statement sent while the transaction is open, its row written, sees nothing of it.
    await insideWrote;
    const outside = sql.all('SELECT body FROM notes');
    release();
    await expect(inside).rejects.toThrow('rolled back');
    expect(await outside).toEqual([]);
    expect(await bodies()).toEqual([]);
  });
});

describe('onceUntilDone', () => {
  it('runs once for concurrent callers, and again only after a failure', async () => {
    const work = vi.fn<() => Promise<void>>().mockRejectedValueOnce(new Error('ECONNREFUSED')).mockResolvedValue(undefined);
    const ready = onceUntilDone(work);
    await expect(Promise.all([ready(), ready()])).rejects.toThrow('ECONNREFUSED');
    expect(work).toHaveBeenCalledTimes(1);
    await Promise.all([ready(), ready(), ready()]);
    await ready();
    expect(work).toHaveBeenCalledTimes(2);
  });
});
