import { z } from 'zod';
import { first, type Sql } from '@/lib/db/sql';

/** Hit counters in fixed windows, shared by every instance on the database. */
export type RateLimitStore = {
  /** Counts one hit in a fixed window; returns the count in the window including this hit. */
  hit(bucket: string, windowStart: string): Promise<number>;
  /** Takes one hit back (an attempt that turned out not to count), never below zero. */
  release(bucket: string, windowStart: string): Promise<void>;
};

const hitsRow = z.object({ hits: z.union([z.int(), z.string().regex(/^\d+$/).transform(Number)]) });

/** Windows are at most a day long: older rows are useless; dropping them now and then keeps the table small. */
const PRUNE_SHARE = 0.01;

export function createRateLimitStore(sql: Sql): RateLimitStore {
  return {
    async hit(bucket, windowStart) {
      if (Math.random() < PRUNE_SHARE) {
        await sql.run('DELETE FROM rate_limits WHERE window_start < $1', [new Date(Date.parse(windowStart) - 86_400_000).toISOString()]);
      }
      const row = await first(
        sql.all(
          `INSERT INTO rate_limits (bucket, window_start, hits) VALUES ($1, $2, 1)
           ON CONFLICT (bucket, window_start) DO UPDATE SET hits = rate_limits.hits + 1 RETURNING hits`,
          [bucket, windowStart],
        ),
      );
      return hitsRow.parse(row).hits;
    },
    async release(bucket, windowStart) {
      await sql.run('UPDATE rate_limits SET hits = hits - 1 WHERE bucket = $1 AND window_start = $2 AND hits > 0', [bucket, windowStart]);
    },
  };
}
