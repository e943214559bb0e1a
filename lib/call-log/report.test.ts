import { afterEach, describe, expect, it } from 'vitest';
import { REDACTED } from '@/lib/call-log/redact';
import { toJsonExport, toReadableReport, type ReportMeta } from '@/lib/call-log/report';
import { createCallLogStore } from '@/lib/call-log/call-log-store';
import { CALLS_SQLITE_STEPS } from '@/lib/db/migrations/calls-sqlite';
import { openSqliteDatabase } from '@/lib/db/open';
import type { Sql } from '@/lib/db/sql';
import { sampleCall } from '@/lib/test-support/calls';
import type { CallLogEntry } from '@/lib/call-log/types';

const TOKEN = 'uat-access-token-5d41402abc4b2a76';
const PASSWORD = 'staff-password-2026';
const LPA = 'LPA:1$rsp-0001.linksfield.net$5H9MY-PTG45-3F5YM-ZFP9V';

const meta: ReportMeta = {
  environment: 'uat',
  baseUrl: 'https://api-uat.io.linksfield.net/cube/v4',
  partnerCode: '1000000005',
  exportedAt: '2026-11-26T12:00:00.000Z',
  acceptLanguage: 'en-US',
};

const opened: Sql[] = [];
afterEach(async () => {
  for (const sql of opened.splice(0)) await sql.close();
});

/** A realistic order's calls, written through the store so the report sees what staff see. */
async function orderCalls(): Promise<CallLogEntry[]> {
  const sql = openSqliteDatabase(':memory:', CALLS_SQLITE_STEPS, 'call log');
  opened.push(sql);
  const store = createCallLogStore(sql, { limit: 100, secrets: () => [TOKEN, PASSWORD] });
  await store.append(
    sampleCall({
      at: '2026-11-26T10:00:00.000Z',
      endpoint: '/user/login',
      authenticated: false,
      requestBody: `{"email":"shop@example.com","passwd":"5f4dcc3b5aa765d61d8327deb882cf99","partnerCode":"1000000005"}`,
      responseBody: `{"code":0,"data":{"token":"${TOKEN}","expireTime":"2026-11-29T10:00:00Z"},"message":"SUCCESS"}`,
      orderRef: null,
    }),
  );
  await store.append(sampleCall({ at: '2026-11-26T10:00:01.250Z' }));
  await store.append(
    sampleCall({
      at: '2026-11-26T10:00:05.000Z',
      endpoint: '/v1.1/payment/webhook',
      code: 10009,
      message: 'payAmount | differs',
      requestBody: '{"orderId":1055200093,"payAmount":5,"payCurrency":"USD","paypalId":"PAYID-1","type":"payment_intent.succeeded"}',
      responseBody: '{"code":10009,"data":null,"message":"payAmount | differs"}',
    }),
  );
  await store.append(
    sampleCall({
      at: '2026-11-26T10:00:09.000Z',
      endpoint: '/package/queryOrdStatusAndEmail',
      httpStatus: 502,
      code: null,
      message: 'the answer is not JSON',
      requestBody: '{"orderId":1055200093}',
      responseBody: `<html>bad gateway \`\`\`\n${TOKEN} ${LPA}</html>`,
    }),
  );
  await store.append(
    sampleCall({
      at: '2026-11-26T10:00:20.000Z',
      endpoint: '/v1.1/order/myEsimDetail',
      httpStatus: null,
      code: null,
      message: 'timeout',
      latencyMs: 10_000,
      requestBody: '{"orderId":1055200093}',
      responseBody: null,
    }),
  );
  return store.list({}).then((entries) => entries.reverse());
}

describe('toJsonExport', () => {
  it('wraps the calls with the time and environment', async () => {
    const calls = await orderCalls();
    const exported = toJsonExport(calls, meta);
    expect(exported).toEqual({ exportedAt: meta.exportedAt, environment: meta, calls });
    expect(JSON.parse(JSON.stringify(exported))).toEqual(exported);
  });
});

describe('toReadableReport', () => {
  it('starts with the environment, base URL and partner code', async () => {
    const report = toReadableReport(await orderCalls(), meta);
    expect(report.startsWith('# Linksfield API calls: Linksfield UAT\n')).toBe(true);
    expect(report).toContain('| Base URL | https://api-uat.io.linksfield.net/cube/v4 |');
    expect(report).toContain('| Partner code | 1000000005 |');
    expect(report).toContain('| Accept-Language | en-US |');
    expect(report).toContain('| Exported at (UTC) | 2026-11-26 12:00:00.000 |');
    expect(report).toContain('| Calls | 5 |');
  });

  it('names an unknown environment as given', () => {
    expect(toReadableReport([], { ...meta, environment: 'staging-eu' })).toContain('# Linksfield API calls: staging-eu');
    expect(toReadableReport([], { ...meta, environment: 'sandbox' })).toContain('built-in sandbox');
  });

  it('has one summary row per call, with UTC time, HTTP, code, message, latency and order', async () => {
    const report = toReadableReport(await orderCalls(), meta);
    const rows = report.split('\n').filter((line) => /^\| \d+ \|/.test(line));
    expect(rows).toEqual([
      `| 1 | 2026-11-26 10:00:00.000 | /user/login | 200 | 0 | \`SUCCESS\` | 245 ms | - |`,
      `| 2 | 2026-11-26 10:00:01.250 | /v1.1/package/preOrderPackage | 200 | 0 | \`SUCCESS\` | 245 ms | ord_abc123 |`,
      `| 3 | 2026-11-26 10:00:05.000 | /v1.1/payment/webhook | 200 | 10009 | \`payAmount \\| differs\` | 245 ms | ord_abc123 |`,
      `| 4 | 2026-11-26 10:00:09.000 | /package/queryOrdStatusAndEmail | 502 | - | \`the answer is not JSON\` | 245 ms | ord_abc123 |`,
      `| 5 | 2026-11-26 10:00:20.000 | /v1.1/order/myEsimDetail | - | - | \`timeout\` | 10000 ms | ord_abc123 |`,
    ]);
  });

  it("keeps the provider's message inert in the summary: its HTML, links and emphasis stay text, as in each call's section", () => {
    const hostile = '<img src=x onerror=alert(1)> [pay here](https://evil.test) **now** | `x`\n<script>alert(2)</script>';
    const entry: CallLogEntry = { id: 7, ...sampleCall({ message: hostile }) };
    const report = toReadableReport([entry], meta);
    const row = report.split('\n').find((line) => line.startsWith('| 1 |'));
    // One code span (two backticks, as the text holds one; `|` escaped for the table): Markdown shows it verbatim.
    expect(row).toBe(
      '| 1 | 2026-11-26 10:00:00.000 | /v1.1/package/preOrderPackage | 200 | 0 | ' +
        '``<img src=x onerror=alert(1)> [pay here](https://evil.test) **now** \\| `x` <script>alert(2)</script>`` | 245 ms | ord_abc123 |',
    );
    // Nowhere in the report is the message outside a code span.
    expect(report).toContain('- Message: ``<img src=x onerror=alert(1)> [pay here](https://evil.test) **now** | `x` <script>alert(2)</script>``');
  });

  it('shows every call in full: pretty bodies, raw malformed answers, missing answers and the curl', async () => {
    const calls = await orderCalls();
    const report = toReadableReport(calls, meta);
    for (const call of calls) {
      expect(report).toContain(`(call #${call.id})`);
      expect(report).toContain(`--data '${call.requestBody}'`);
    }
    expect(report).toContain('```json\n{\n  "currency": "USD",\n  "currencyId": 2,');
    expect(report).toContain('```json\n{\n  "code": 0,\n  "data": {\n    "token": "[redacted]",');
    expect(report).toContain('Not JSON, as received:\n\n````text\n<html>bad gateway ```');
    expect(report).toContain('- HTTP status: no answer');
    expect(report).toContain('_No answer._');
    expect(report).toContain('```sh\ncurl -sS -X POST');
    expect(report.match(/-H "x-access-token: \$LINKSFIELD_ACCESS_TOKEN"/g)).toHaveLength(4);
  });

  it('contains no secret value', async () => {
    const report = toReadableReport(await orderCalls(), meta);
    for (const secret of [TOKEN, PASSWORD, '5f4dcc3b5aa765d61d8327deb882cf99', '5H9MY-PTG45-3F5YM-ZFP9V', 'LPA:1']) {
      expect(report).not.toContain(secret);
    }
    expect(report).toContain(REDACTED);
  });

  it('blanks secrets passed to it, even in entries stored without redaction', () => {
    const raw: CallLogEntry = { id: 1, ...sampleCall({ message: `bad ${TOKEN}`, url: `https://example.test/?p=${PASSWORD}` }) };
    const report = toReadableReport([raw], { ...meta, partnerCode: TOKEN }, { secrets: [TOKEN, PASSWORD] });
    expect(report).not.toContain(TOKEN);
    expect(report).not.toContain(PASSWORD);
  });

  it('says so when there are no calls', () => {
    expect(toReadableReport([], meta)).toContain('_No calls._');
  });
});
