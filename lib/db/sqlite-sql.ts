import type Database from 'better-sqlite3';
import type { Row, Sql, SqlValue } from '@/lib/db/sql';

type Prepared = { statement: Database.Statement; order: number[] };

/** better-sqlite3 binds no booleans: SQLite keeps them as 0 and 1. */
const bindable = (value: SqlValue | undefined) => (typeof value === 'boolean' ? (value ? 1 : 0) : (value ?? null));

/**
 * The `Sql` of one better-sqlite3 connection. Statements are prepared once and kept. The driver is
 * synchronous and the connection is the whole database for this process, so a transaction holds
 * it: statements from elsewhere wait until it commits or rolls back.
 */
export function sqliteSql(db: Database.Database): Sql {
  const prepared = new Map<string, Prepared>();
  const prepare = (text: string): Prepared => {
    let entry = prepared.get(text);
    if (!entry) {
      const order: number[] = [];
      // `$2 … $1` becomes `? … ?` with the values reordered to match.
      const statement = db.prepare(text.replace(/\$(\d+)/g, (_, index: string) => (order.push(Number(index) - 1), '?')));
      entry = { statement, order };
      prepared.set(text, entry);
    }
    return entry;
  };
  const bind = ({ order }: Prepared, values: readonly SqlValue[]) => order.map((index) => bindable(values[index]));

  const direct: Omit<Sql, 'transaction' | 'close'> = {
    engine: 'sqlite',
    async all(text, values = []) {
      const entry = prepare(text);
      if (!entry.statement.reader) {
        entry.statement.run(...bind(entry, values));
        return [];
      }
      return entry.statement.all(...bind(entry, values)) as Row[];
    },
    async run(text, values = []) {
      const entry = prepare(text);
      return entry.statement.run(...bind(entry, values)).changes;
    },
  };

  // Transactions one after another; while one is open, other statements queue behind it.
  let queue: Promise<unknown> = Promise.resolve();
  let open = false;
  const exclusive = <T>(work: () => Promise<T>): Promise<T> => {
    const done = queue.then(work, work);
    queue = done.catch(() => undefined);
    return done;
  };
  const inTransaction: Sql = {
    ...direct,
    transaction: (work) => work(inTransaction),
    close: async () => undefined,
  };

  return {
    ...direct,
    all: (text, values) => (open ? exclusive(() => direct.all(text, values)) : direct.all(text, values)),
    run: (text, values) => (open ? exclusive(() => direct.run(text, values)) : direct.run(text, values)),
    transaction: (work) =>
      exclusive(async () => {
        db.exec('BEGIN IMMEDIATE');
        open = true;
        try {
          const result = await work(inTransaction);
          db.exec('COMMIT');
          return result;
        } catch (error) {
          if (db.inTransaction) db.exec('ROLLBACK');
          throw error;
        } finally {
          open = false;
        }
      }),
    async close() {
      await queue;
      db.close();
    },
  };
}
