/** A row as a driver returns it; every store checks its rows with zod. */
export type Row = Record<string, unknown>;

export type SqlValue = string | number | boolean | null;

/**
 * The one way the stores talk to their database, SQLite or PostgreSQL alike, so each store is
 * written once. Statements use PostgreSQL's `$1, $2, …` placeholders (SQLite's side rewrites them)
 * and SQL both engines speak: upserts with ON CONFLICT, RETURNING, no engine-only functions.
 */
export interface Sql {
  readonly engine: 'sqlite' | 'postgres';
  /** The rows a statement answers (none for a statement that returns nothing). */
  all(text: string, values?: readonly SqlValue[]): Promise<Row[]>;
  /** Runs a statement; answers how many rows it inserted, changed or deleted. */
  run(text: string, values?: readonly SqlValue[]): Promise<number>;
  /**
   * `work`'s statements commit together or not at all. On PostgreSQL they run on one connection at
   * READ COMMITTED; on SQLite the write lock is taken first and no other statement of this process
   * runs until the end.
   */
  transaction<T>(work: (sql: Sql) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** The first row, or null. */
export async function first(rows: Promise<Row[]>): Promise<Row | null> {
  return (await rows)[0] ?? null;
}

/** What keeps insertion order among rows with equal timestamps: SQLite's rowid, PostgreSQL's identity `seq`. */
export function insertionOrder(sql: Pick<Sql, 'engine'>, table?: string): string {
  const column = sql.engine === 'sqlite' ? 'rowid' : 'seq';
  return table ? `${table}.${column}` : column;
}
