import type { Sql } from '@/lib/db/sql';
import { CATALOG_REFRESH_CHANNEL, encodeNotice, type RefreshNotice } from '@/lib/fanout/notice';

/** Sends the notice to every instance LISTENing (this one included); delivered once the statement commits. */
export async function publishNotice(sql: Pick<Sql, 'all'>, notice: RefreshNotice): Promise<void> {
  await sql.all('SELECT pg_notify($1, $2)', [CATALOG_REFRESH_CHANNEL, encodeNotice(notice)]);
}
