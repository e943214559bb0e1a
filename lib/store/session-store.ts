import type { Sql } from '@/lib/db/sql';
import { sessionsForgottenBefore, type SessionRecord } from '@/lib/store/records';

/** Sign-in sessions, so that sign-out ends one on the server while its sealed cookie lives on. */
export type SessionStore = {
  /** Records a new session; a duplicate id is refused. Also forgets sessions that expired over a day ago. */
  start(session: SessionRecord): Promise<void>;
  /** Whether the session of that id and kind exists, has not ended and has not expired at `now`. */
  isLive(id: string, kind: SessionRecord['kind'], now: string): Promise<boolean>;
  /** Ends a session for good (sign-out); an unknown id is no error. */
  end(id: string, now: string): Promise<void>;
};

export function createSessionStore(sql: Sql): SessionStore {
  return {
    async start(session) {
      await sql.transaction(async (tx) => {
        await tx.run('DELETE FROM sessions WHERE expires_at < $1', [sessionsForgottenBefore(session.createdAt)]);
        await tx.run('INSERT INTO sessions (id, kind, created_at, expires_at) VALUES ($1, $2, $3, $4)', [
          session.id,
          session.kind,
          session.createdAt,
          session.expiresAt,
        ]);
      });
    },
    async isLive(id, kind, now) {
      const rows = await sql.all('SELECT 1 AS live FROM sessions WHERE id = $1 AND kind = $2 AND ended_at IS NULL AND expires_at > $3', [
        id,
        kind,
        now,
      ]);
      return rows.length === 1;
    },
    async end(id, now) {
      await sql.run('UPDATE sessions SET ended_at = $1 WHERE id = $2 AND ended_at IS NULL', [now, id]);
    },
  };
}
