import type { z } from 'zod';
import { currentCallContext } from '@/lib/linksfield/call-context';
import type { CallRecord } from '@/lib/linksfield/transport';
import { minorToDecimalString, toMinorUnits } from '@/lib/money';
import { PayPalError, PayPalUnavailableError } from '@/lib/paypal/errors';
import {
  captureSchema,
  errorSchema,
  orderSchema,
  refundSchema,
  tokenAnswerSchema,
  type PayPalCaptureWire,
  type PayPalOrderWire,
} from '@/lib/paypal/wire';

export type PayPalClientConfig = {
  /** `https://api-m.sandbox.paypal.com`, `https://api-m.paypal.com`, or the built-in stand-in. */
  baseUrl: string;
  clientId: string;
  clientSecret: string;
  timeoutMs: number;
  fetch?: typeof fetch;
  now?: () => number;
  /** Every call, bodies raw (the staff call log redacts them: tokens, the secret). */
  onCall?: (record: CallRecord) => void;
};

/** One capture of a PayPal order, in the shop's terms. */
export type PayPalCapture = {
  captureId: string;
  /** COMPLETED pays; PENDING is held by PayPal and pays nothing yet; anything else failed. */
  status: string;
  amountMinor: number;
  currency: string;
};

export type PayPalOrder = { orderId: string; status: string; capture: PayPalCapture | null };

/** A token is renewed this long before PayPal says it expires: a call never carries a dying one. */
const TOKEN_MARGIN_MS = 60_000;

const toCapture = (wire: PayPalCaptureWire, digits: number): PayPalCapture => ({
  captureId: wire.id,
  status: wire.status,
  amountMinor: toMinorUnits(wire.amount.value, digits),
  currency: wire.amount.currency_code,
});

const firstCapture = (order: PayPalOrderWire) => order.purchase_units?.flatMap((unit) => unit.payments?.captures ?? [])[0];

/**
 * PayPal's Orders v2 REST API for the shop's own PayPal account: a small typed fetch client, so the
 * base URL is configuration (the official SDK hard-codes PayPal's hosts). Every answer is checked
 * with zod; every write carries a `PayPal-Request-Id`, so a retried create, capture or refund is
 * the same one; the access token is kept until shortly before it expires.
 */
export function createPayPalClient(config: PayPalClientConfig) {
  const now = config.now ?? Date.now;
  let token: { value: string; expiresAt: number } | undefined;
  let renewing: Promise<string> | undefined;

  async function send(
    endpoint: string,
    init: { method: 'GET' | 'POST'; body?: string; contentType?: string; authorization: string; requestId?: string },
  ): Promise<{ status: number; json: unknown }> {
    const url = `${config.baseUrl}${endpoint}`;
    const started = performance.now();
    const at = new Date(now()).toISOString();
    let status: number | null = null;
    let text: string | null = null;
    const record = (message: string) =>
      config.onCall?.({
        at,
        endpoint: `paypal ${endpoint.replace(/\/[A-Z0-9]{10,}(?=\/|$)/g, '/{id}')}`,
        url,
        acceptLanguage: '',
        authenticated: true,
        httpStatus: status,
        code: null,
        message,
        latencyMs: Math.round(performance.now() - started),
        requestBody: init.body ?? '',
        responseBody: text,
        orderRef: currentCallContext().orderRef ?? null,
      });
    try {
      const response = await (config.fetch ?? fetch)(url, {
        method: init.method,
        headers: {
          accept: 'application/json',
          authorization: init.authorization,
          ...(init.body !== undefined ? { 'content-type': init.contentType ?? 'application/json' } : {}),
          ...(init.requestId ? { 'paypal-request-id': init.requestId } : {}),
          prefer: 'return=representation',
        },
        body: init.body,
        signal: AbortSignal.timeout(config.timeoutMs),
      });
      status = response.status;
      text = await response.text();
    } catch (error) {
      const reason = error instanceof Error && error.name === 'TimeoutError' ? 'timeout' : 'network';
      record(reason);
      throw new PayPalUnavailableError(endpoint, reason, { cause: error });
    }
    let json: unknown;
    try {
      json = text ? JSON.parse(text) : null;
    } catch {
      record('the answer is not JSON');
      throw new PayPalUnavailableError(endpoint, 'unexpected');
    }
    if (status >= 400) {
      const error = errorSchema.safeParse(json);
      const name = error.success ? error.data.name : `HTTP ${status}`;
      const issue = error.success ? (error.data.details?.[0]?.issue ?? null) : null;
      record(issue ? `${name} ${issue}` : name);
      throw new PayPalError(status, name, issue, error.success ? (error.data.debug_id ?? null) : null);
    }
    record('OK');
    return { status, json };
  }

  async function accessToken(): Promise<string> {
    if (token && now() < token.expiresAt) return token.value;
    renewing ??= (async () => {
      try {
        const basic = Buffer.from(`${config.clientId}:${config.clientSecret}`).toString('base64');
        const { json } = await send('/v1/oauth2/token', {
          method: 'POST',
          body: 'grant_type=client_credentials',
          contentType: 'application/x-www-form-urlencoded',
          authorization: `Basic ${basic}`,
        });
        const answer = parse('/v1/oauth2/token', tokenAnswerSchema, json);
        token = { value: answer.access_token, expiresAt: now() + answer.expires_in * 1000 - TOKEN_MARGIN_MS };
        return token.value;
      } finally {
        renewing = undefined;
      }
    })();
    return renewing;
  }

  function parse<S extends z.ZodType>(endpoint: string, schema: S, json: unknown): z.output<S> {
    const parsed = schema.safeParse(json);
    if (!parsed.success) throw new PayPalUnavailableError(endpoint, 'unexpected', { cause: parsed.error });
    return parsed.data;
  }

  async function call<S extends z.ZodType>(
    method: 'GET' | 'POST',
    endpoint: string,
    schema: S,
    options: { body?: unknown; requestId?: string } = {},
  ): Promise<z.output<S>> {
    const body = options.body === undefined ? (method === 'POST' ? '{}' : undefined) : JSON.stringify(options.body);
    const request = async () =>
      send(endpoint, { method, body, authorization: `Bearer ${await accessToken()}`, requestId: options.requestId });
    let answer: { json: unknown };
    try {
      answer = await request();
    } catch (error) {
      // A token PayPal revoked early: fetch a new one and try once more (the request id keeps it one call).
      if (!(error instanceof PayPalError && error.status === 401)) throw error;
      token = undefined;
      answer = await request();
    }
    return parse(endpoint, schema, answer.json);
  }

  return {
    /** The public half of the pair: whose PayPal account the orders belong to. */
    clientId: config.clientId,
    /** Creates an order to capture at once, for exactly the pre-order's amount and currency. */
    async createOrder(input: { amountMinor: number; currency: string; digits: number; referenceId: string; requestId: string }) {
      const order = await call('POST', '/v2/checkout/orders', orderSchema, {
        requestId: input.requestId,
        body: {
          intent: 'CAPTURE',
          purchase_units: [
            {
              reference_id: input.referenceId,
              amount: { currency_code: input.currency, value: minorToDecimalString(input.amountMinor, input.digits) },
            },
          ],
        },
      });
      return { orderId: order.id, status: order.status };
    },
    async getOrder(orderId: string, digits: number): Promise<PayPalOrder> {
      const order = await call('GET', `/v2/checkout/orders/${encodeURIComponent(orderId)}`, orderSchema);
      const capture = firstCapture(order);
      return { orderId: order.id, status: order.status, capture: capture ? toCapture(capture, digits) : null };
    },
    /** Captures an approved order: COMPLETED, PENDING, or an error such as INSTRUMENT_DECLINED. */
    async captureOrder(orderId: string, digits: number, requestId: string): Promise<PayPalCapture> {
      const endpoint = `/v2/checkout/orders/${encodeURIComponent(orderId)}/capture`;
      const order = await call('POST', endpoint, orderSchema, { requestId });
      const capture = firstCapture(order);
      if (!capture) throw new PayPalUnavailableError(endpoint, 'unexpected');
      return toCapture(capture, digits);
    },
    async getCapture(captureId: string, digits: number): Promise<PayPalCapture> {
      return toCapture(await call('GET', `/v2/payments/captures/${encodeURIComponent(captureId)}`, captureSchema), digits);
    },
    /** Refunds a capture in full; the same request id refunds once, however often it is sent. */
    async refundCapture(captureId: string, requestId: string): Promise<{ refundId: string; status: string }> {
      const refund = await call('POST', `/v2/payments/captures/${encodeURIComponent(captureId)}/refund`, refundSchema, { requestId });
      return { refundId: refund.id, status: refund.status };
    },
  };
}

export type PayPalClient = ReturnType<typeof createPayPalClient>;
