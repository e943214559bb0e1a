import type { CallLogEntry, CallLogFilter, UpstreamCall } from '@/lib/call-log/types';

export type { CallLogEntry, CallLogFilter, UpstreamCall } from '@/lib/call-log/types';

/** Where the staff call log lives. Redaction happens inside `append`: callers hand over raw calls. */
export interface CallLogStore {
  /** Redacts, stores and returns the call; the oldest calls beyond the store's limit are dropped. */
  append(call: UpstreamCall): Promise<CallLogEntry>;
  /** Newest first; `limit` defaults to 100 and is capped at 1000. */
  list(filter: CallLogFilter): Promise<CallLogEntry[]>;
  get(id: number): Promise<CallLogEntry | null>;
  /** Every endpoint present in the log, alphabetically (for the staff filter). */
  endpoints(): Promise<string[]>;
  /** One order's calls in the order they were made, oldest first: the story of that order. */
  forOrder(orderRef: string): Promise<CallLogEntry[]>;
  /** Closes the file or ends the connection pool. */
  close(): Promise<void>;
}

export type CallLogOptions = {
  /** How many calls to keep; older ones are dropped after each insert. */
  limit: number;
  /** Secret values to blank out wherever they appear; asked on every append, so it may change. */
  secrets: () => readonly (string | null | undefined)[];
};

export const DEFAULT_LIST_LIMIT = 100;
export const MAX_LIST_LIMIT = 1000;
