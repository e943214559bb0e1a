import 'server-only';
import pg from 'pg';
import { backoffDelay, type Backoff } from '@/lib/fanout/backoff';

export type ListenOptions = {
  url: string;
  /** A plain lower-case identifier: it is written into the LISTEN statement. */
  channel: string;
  onPayload(payload: string | undefined): void;
  /** After each successful LISTEN; `reconnected` once a connection was lost, when notices may have been missed. */
  onListening?(info: { reconnected: boolean }): void;
  /** A failed connection or a lost one, before the next try. */
  onError?(error: Error, retryInMs: number): void;
  backoff?: Backoff;
  random?: () => number;
};

export type Listener = { stop(): Promise<void> };

const DEFAULT_BACKOFF: Backoff = { baseMs: 250, maxMs: 10_000 };

/**
 * LISTENs on a connection of its own (a pool hands connections around, and LISTEN belongs to one
 * session), for as long as the process runs: a failed or lost connection is opened again after a
 * growing, jittered wait.
 */
export function listenForNotices(options: ListenOptions): Listener {
  const { url, channel, onPayload, onListening, onError } = options;
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(channel)) throw new Error(`channel: ${channel} is not a plain identifier`);
  const backoff = options.backoff ?? DEFAULT_BACKOFF;
  let stopped = false;
  let attempt = 0;
  let listenedBefore = false;
  let client: pg.Client | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const connect = async () => {
    timer = undefined;
    if (stopped) return;
    const current = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000, keepAlive: true });
    client = current;
    let failed = false;
    const fail = (error: unknown) => {
      if (failed) return;
      failed = true;
      current.end().catch(() => undefined);
      if (stopped) return;
      const wait = backoffDelay(attempt++, backoff, options.random);
      onError?.(error instanceof Error ? error : new Error(String(error)), wait);
      timer = setTimeout(() => void connect(), wait);
      timer.unref?.();
    };
    // An unheard 'error' on a client would end the process.
    current.on('error', fail);
    current.on('end', () => fail(new Error('connection closed')));
    current.on('notification', (message) => {
      if (message.channel === channel) onPayload(message.payload);
    });
    try {
      await current.connect();
      await current.query(`LISTEN ${channel}`);
    } catch (error) {
      fail(error);
      return;
    }
    if (stopped || failed) return;
    attempt = 0;
    const reconnected = listenedBefore;
    listenedBefore = true;
    onListening?.({ reconnected });
  };

  void connect();
  return {
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await client?.end().catch(() => undefined);
    },
  };
}
