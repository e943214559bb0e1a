import { appIdFor, mintToken } from '@/lib/sandbox/paypal/ids';
import { SANDBOX_PAYPAL } from '@/lib/sandbox/paypal/credentials';
import { authenticationFailure } from '@/lib/sandbox/paypal/problems';
import type { PayPalStandInState } from '@/lib/sandbox/paypal/records';
import { seededText } from '@/lib/sandbox/seeded';

/** PayPal's lifetime of an access token: 9 hours. */
export const TOKEN_LIFETIME_SECONDS = 32_400;

const SCOPE = [
  'https://uri.paypal.com/services/payments/payment',
  'https://uri.paypal.com/services/payments/refund',
  'https://uri.paypal.com/services/payments/orders/client_sdk_orders_api',
].join(' ');

type Headers = Record<string, string | undefined>;

/** Who calls: the merchant is a client id; `sdk` callers (a browser with only the client id) may do less. */
export type Caller = { readonly merchant: string; readonly via: 'token' | 'sdk' };

export type TokenAnswer = { status: number; body: unknown };

function basicCredentials(header: string | undefined): { id: string; secret: string } | undefined {
  const match = /^Basic\s+(\S+)$/i.exec(header?.trim() ?? '');
  if (!match?.[1]) return undefined;
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon < 0 ? undefined : { id: decoded.slice(0, colon), secret: decoded.slice(colon + 1) };
}

/** `POST /v1/oauth2/token`: HTTP Basic with the stand-in's pair and `grant_type=client_credentials`. */
export function issueToken(seed: string, paypal: PayPalStandInState, headers: Headers, bodyText: string, now: Date): TokenAnswer {
  const credentials = basicCredentials(headers.authorization);
  if (credentials?.id !== SANDBOX_PAYPAL.clientId || credentials.secret !== SANDBOX_PAYPAL.clientSecret) {
    return { status: 401, body: { error: 'invalid_client', error_description: 'Client Authentication failed' } };
  }
  const grantType = new URLSearchParams(bodyText).get('grant_type');
  if (grantType !== 'client_credentials') {
    return { status: 400, body: { error: 'unsupported_grant_type', error_description: grantType ? 'unsupported grant_type' : 'Grant Type is NULL' } };
  }
  const accessToken = mintToken(seed, paypal, `${credentials.id}:${now.toISOString()}`);
  paypal.tokens.set(accessToken, { clientId: credentials.id, expiresAt: new Date(now.getTime() + TOKEN_LIFETIME_SECONDS * 1000) });
  return {
    status: 200,
    body: {
      scope: SCOPE,
      access_token: accessToken,
      token_type: 'Bearer',
      app_id: appIdFor(seed, credentials.id),
      expires_in: TOKEN_LIFETIME_SECONDS,
      nonce: `${now.toISOString().slice(0, 19)}Z${seededText(seed, `paypal:nonce:${accessToken}`, 43)}`,
    },
  };
}

/**
 * The caller of a REST call: a Bearer token the stand-in issued (merchant = its client id), or, for
 * the browser SDK, a `PayPal-Client-Id` header (merchant = that id, any non-empty one: the
 * provider's PayPal app is not known to the sandbox). A Bearer header that is wrong is refused even
 * with a client id beside it.
 */
export function callerOf(paypal: PayPalStandInState, headers: Headers, now: Date): Caller {
  const authorization = headers.authorization?.trim();
  if (authorization) {
    const token = /^Bearer\s+(\S+)$/i.exec(authorization)?.[1];
    const issued = token ? paypal.tokens.get(token) : undefined;
    if (!issued || issued.expiresAt <= now) throw authenticationFailure('INVALID_TOKEN');
    return { merchant: issued.clientId, via: 'token' };
  }
  const clientId = headers['paypal-client-id']?.trim();
  if (clientId) return { merchant: clientId, via: 'sdk' };
  throw authenticationFailure('MISSING_AUTHORIZATION');
}
