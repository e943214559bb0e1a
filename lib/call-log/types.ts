/** One call to the provider as the transport reports it (bodies raw, NOT yet redacted). */
export type UpstreamCall = {
  /** ISO start time. */
  at: string;
  /** e.g. '/v1.1/package/preOrderPackage' */
  endpoint: string;
  /** Full URL. */
  url: string;
  acceptLanguage: string;
  /** Whether an x-access-token was sent (never its value). */
  authenticated: boolean;
  /** null: no answer (timeout, network). */
  httpStatus: number | null;
  /** Envelope code, null when there was none. */
  code: number | null;
  /** Envelope message or a failure reason ('timeout', 'the answer is not JSON', ...). */
  message: string;
  latencyMs: number;
  requestBody: string;
  responseBody: string | null;
  /** The shop order this call belongs to, when known. */
  orderRef: string | null;
};

/** A stored, redacted call. */
export type CallLogEntry = Omit<UpstreamCall, 'requestBody' | 'responseBody'> & {
  id: number;
  requestBody: string;
  responseBody: string | null;
};

export type CallLogFilter = {
  endpoint?: string;
  /** 'none': calls that got no envelope code (timeouts, network failures, non-JSON answers). */
  code?: number | 'none';
  orderRef?: string;
  /** Default 100, at most 1000. */
  limit?: number;
  /** Paging: only calls older than this id. */
  beforeId?: number;
  /** Only calls started at or after this ISO time. */
  sinceAt?: string;
};
