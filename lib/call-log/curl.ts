import type { CallLogEntry } from '@/lib/call-log/types';

/** The environment variable the copied command reads the token from: the log never holds one. */
export const CURL_TOKEN_VARIABLE = 'LINKSFIELD_ACCESS_TOKEN';

/** POSIX single quoting: nothing inside is special except `'`, which closes, escapes and reopens. */
export function shellQuote(text: string): string {
  return `'${text.replaceAll("'", `'\\''`)}'`;
}

/**
 * The call as a copy-pasteable POSIX shell command, to replay it against the provider or attach it to
 * a ticket. The body is the redacted one: `[redacted]` fields must be filled in by hand.
 */
export function toCurl(entry: CallLogEntry): string {
  const parts = [
    `curl -sS -X POST ${shellQuote(entry.url)}`,
    `-H ${shellQuote('Content-Type: application/json')}`,
  ];
  if (entry.acceptLanguage) parts.push(`-H ${shellQuote(`Accept-Language: ${entry.acceptLanguage}`)}`);
  // Double quotes on purpose: the shell expands the variable when the command is run.
  if (entry.authenticated) parts.push(`-H "x-access-token: $${CURL_TOKEN_VARIABLE}"`);
  parts.push(`--data ${shellQuote(entry.requestBody)}`);
  return parts.join(' \\\n  ');
}
