import 'server-only';
import { getCallLogStore } from '@/lib/call-log';
import { getEnv } from '@/lib/env';
import { currentCallContext } from '@/lib/linksfield/call-context';
import { createLinksfieldClient, type LinksfieldClient } from '@/lib/linksfield/client';
import type { CallRecord } from '@/lib/linksfield/transport';
import { onePerProcess } from '@/lib/one-per-process';

export { LinksfieldError, ProviderUnavailableError, UnexpectedAnswerError } from '@/lib/linksfield/errors';
export type { Country, EsimPackage, Price, PreOrder } from '@/lib/linksfield/types';
export type { LinksfieldClient } from '@/lib/linksfield/client';

/**
 * Every upstream call (the provider's, PayPal's) goes to the staff call log (redacted there before it
 * is written) and leaves one line in the server log: endpoint, status, code and latency, never bodies.
 */
export function logUpstreamCall(record: CallRecord, upstream: 'linksfield' | 'paypal' = 'linksfield') {
  const { endpoint, httpStatus, code, message, latencyMs, orderRef } = record;
  console.info(`[${upstream}] ${JSON.stringify({ endpoint, httpStatus, code, message, latencyMs, orderRef })}`);
  const entryId = getCallLogStore()
    .append(record)
    .then((entry) => entry.id)
    .catch((error: unknown) => {
      console.error('[linksfield] could not write the call log', error instanceof Error ? error.message : error);
      return null;
    });
  currentCallContext().collect?.(entryId);
}

/** The shop's one client, configured from the environment; shared so a login serves every request. */
export function getLinksfield(): LinksfieldClient {
  return onePerProcess('linksfield-client', () => {
    const env = getEnv();
    return createLinksfieldClient({
      baseUrl: env.baseUrl,
      timeoutMs: env.timeoutMs,
      readRetries: env.readRetries,
      partnerCode: env.partnerCode,
      accessToken: env.accessToken,
      credentials: env.credentials,
      onCall: (record) => logUpstreamCall(record),
    });
  });
}
