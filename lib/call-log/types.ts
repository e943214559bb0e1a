import type { CallRecord } from '@/lib/linksfield/transport';

/** One call to the provider exactly as the transport reports it (bodies raw, NOT yet redacted). */
export type UpstreamCall = CallRecord;

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
