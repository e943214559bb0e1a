import { toCurl } from '@/lib/call-log/curl';
import { prettyJson } from '@/lib/call-log/json-text';
import { redactSecrets } from '@/lib/call-log/redact';
import type { CallLogEntry } from '@/lib/call-log/types';

export type ReportMeta = {
  environment: 'sandbox' | 'uat' | (string & {});
  baseUrl: string;
  partnerCode: string;
  exportedAt: string;
  acceptLanguage?: string;
};

export type ReportOptions = {
  /** Known secret values blanked out of the finished report, on top of the log's own redaction. */
  secrets?: readonly (string | null | undefined)[];
};

export type JsonExport = { exportedAt: string; environment: ReportMeta; calls: CallLogEntry[] };

/** The calls as one JSON document, for tools or for a colleague to load. */
export function toJsonExport(entries: CallLogEntry[], meta: ReportMeta): JsonExport {
  return { exportedAt: meta.exportedAt, environment: meta, calls: entries };
}

const ENVIRONMENT_NAMES: Record<string, string> = { sandbox: 'built-in sandbox', uat: 'Linksfield UAT' };

/** `2026-11-26 10:00:00.123`: the provider's support reads times in UTC. */
function utc(at: string): string {
  const time = Date.parse(at);
  return Number.isNaN(time) ? at : new Date(time).toISOString().replace('T', ' ').replace('Z', '');
}

/** Text safe inside one Markdown table cell. */
function cell(text: string, max = 120): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const short = flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
  return short.replace(/\\/g, '\\\\').replace(/\|/g, '\\|') || ' ';
}

/**
 * Text from outside (the provider's message) in one table cell: as inline code, like each call's
 * section, so HTML, links and emphasis in it stay text. Only `|` is escaped: GFM splits the row on
 * it even inside code, and takes `\|` back to `|` there.
 */
function codeCell(text: string, max = 120): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat === '') return '-';
  const short = flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
  return code(short).replace(/\|/g, '\\|');
}

/** Inline code that survives backticks in the text. */
function code(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

/** A fenced block whose fence is longer than any backtick run inside, so a body cannot break out. */
function block(text: string, language: string): string {
  const longest = Math.max(0, ...(text.match(/`{3,}/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return `${fence}${language}\n${text}\n${fence}`;
}

function body(text: string | null): string {
  if (text === null) return '_No answer._';
  if (text === '') return '_Empty._';
  const pretty = prettyJson(text);
  return pretty === null ? `Not JSON, as received:\n\n${block(text, 'text')}` : block(pretty, 'json');
}

const show = (value: number | null, none: string) => (value === null ? none : String(value));

function callSection(entry: CallLogEntry, position: number): string {
  return [
    `### ${position}. ${code(entry.endpoint)}: ${entry.code === null ? 'no code' : `code ${entry.code}`} (call #${entry.id})`,
    '',
    `- Time (UTC): ${utc(entry.at)}`,
    `- URL: ${code(entry.url)}`,
    `- Accept-Language: ${entry.acceptLanguage ? code(entry.acceptLanguage) : 'not sent'}`,
    `- Access token sent: ${entry.authenticated ? 'yes (value withheld)' : 'no'}`,
    `- HTTP status: ${show(entry.httpStatus, 'no answer')}`,
    `- Code: ${show(entry.code, 'none')}`,
    `- Message: ${entry.message ? code(entry.message.replace(/\s+/g, ' ')) : '(empty)'}`,
    `- Latency: ${entry.latencyMs} ms`,
    `- Shop order: ${entry.orderRef ? code(entry.orderRef) : 'none'}`,
    '',
    '**Request**',
    '',
    body(entry.requestBody),
    '',
    '**Response**',
    '',
    body(entry.responseBody),
    '',
    '**Replay**',
    '',
    block(toCurl(entry), 'sh'),
  ].join('\n');
}

/**
 * A Markdown report to attach to a provider ticket: where the calls went, a summary table, then
 * every call in full with a curl command to reproduce it. Calls appear in the order given.
 */
export function toReadableReport(entries: CallLogEntry[], meta: ReportMeta, options: ReportOptions = {}): string {
  const name = ENVIRONMENT_NAMES[meta.environment] ?? meta.environment;
  const header = [
    `# Linksfield API calls: ${name}`,
    '',
    '| | |',
    '| --- | --- |',
    `| Environment | ${cell(meta.environment)} |`,
    `| Base URL | ${cell(meta.baseUrl)} |`,
    `| Partner code | ${cell(meta.partnerCode)} |`,
    ...(meta.acceptLanguage ? [`| Accept-Language | ${cell(meta.acceptLanguage)} |`] : []),
    `| Exported at (UTC) | ${cell(utc(meta.exportedAt))} |`,
    `| Calls | ${entries.length} |`,
    '',
    'Access tokens, passwords, card data and eSIM activation codes are shown as `[redacted]`. ' +
      `The curl commands read the token from \`$LINKSFIELD_ACCESS_TOKEN\`.`,
  ];
  const summary = entries.length
    ? [
        '## Summary',
        '',
        '| # | Time (UTC) | Endpoint | HTTP | Code | Message | Latency | Order |',
        '| --- | --- | --- | --- | --- | --- | --- | --- |',
        ...entries.map(
          (entry, index) =>
            `| ${index + 1} | ${utc(entry.at)} | ${cell(entry.endpoint)} | ${show(entry.httpStatus, '-')} | ` +
            `${show(entry.code, '-')} | ${codeCell(entry.message)} | ${entry.latencyMs} ms | ${cell(entry.orderRef ?? '-')} |`,
        ),
      ]
    : ['_No calls._'];
  const details = entries.length ? ['## Calls', '', entries.map((entry, index) => callSection(entry, index + 1)).join('\n\n')] : [];
  const report = [...header, '', ...summary, '', ...details].join('\n').trimEnd() + '\n';
  return options.secrets ? redactSecrets(report, options.secrets) : report;
}
