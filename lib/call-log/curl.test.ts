import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { shellQuote, toCurl } from '@/lib/call-log/curl';
import type { CallLogEntry } from '@/lib/call-log/types';
import { sampleCall } from '@/lib/test-support/calls';

function entry(overrides: Partial<CallLogEntry> = {}): CallLogEntry {
  return { id: 7, ...sampleCall(), ...overrides };
}

/**
 * Runs the command in a real POSIX shell with `curl` replaced by a function that prints its
 * arguments NUL-separated: what the shell hands to curl is what the test checks.
 */
function argumentsOf(command: string, token = 'token-from-env'): string[] {
  const script = `curl() { for arg in "$@"; do printf '%s\\0' "$arg"; done; }\n${command}`;
  const out = execFileSync('sh', ['-c', script], {
    env: { ...process.env, LINKSFIELD_ACCESS_TOKEN: token, HOME: '/home/someone' },
    encoding: 'utf8',
  });
  return out.split('\0').slice(0, -1);
}

const posix = process.platform !== 'win32';

describe('shellQuote', () => {
  it('wraps in single quotes and escapes a single quote as quote-backslash-quote-quote', () => {
    expect(shellQuote('plain')).toBe("'plain'");
    expect(shellQuote("it's")).toBe("'it'\\''s'");
    expect(shellQuote('')).toBe("''");
  });
});

describe('toCurl', () => {
  it('builds the POST with the headers the transport sends and a placeholder for the token', () => {
    const command = toCurl(entry());
    expect(command).toBe(
      [
        "curl -sS -X POST 'https://api-uat.io.linksfield.net/cube/v4/v1.1/package/preOrderPackage'",
        "-H 'Content-Type: application/json'",
        "-H 'Accept-Language: en-US'",
        '-H "x-access-token: $LINKSFIELD_ACCESS_TOKEN"',
        `--data '${sampleCall().requestBody}'`,
      ].join(' \\\n  '),
    );
  });

  it('sends no token header for a call made without one', () => {
    const command = toCurl(entry({ authenticated: false, acceptLanguage: 'zh-CN' }));
    expect(command).not.toContain('x-access-token');
    expect(command).toContain("-H 'Accept-Language: zh-CN'");
  });

  it('leaves out an Accept-Language that was not sent', () => {
    expect(toCurl(entry({ acceptLanguage: '' }))).not.toContain('Accept-Language');
  });

  it.runIf(posix)('survives the shell with quotes, dollars, backticks, backslashes, newlines and Chinese', () => {
    const body = `{"name":"O'Brien's \\"eSIM\\"","price":"$5 \`date\` $(id) \${HOME}","note":"line 1\\nline 2\nreal newline","packageName":"马来西亚泰国500M不限速月套餐","trail":"'"}`;
    const url = "https://example.test/cube/v4/it's?a=1&b=$HOME";
    const args = argumentsOf(toCurl(entry({ requestBody: body, url, acceptLanguage: 'zh-CN' })));
    expect(args).toEqual([
      '-sS',
      '-X',
      'POST',
      url,
      '-H',
      'Content-Type: application/json',
      '-H',
      'Accept-Language: zh-CN',
      '-H',
      'x-access-token: token-from-env',
      '--data',
      body,
    ]);
  });

  it.runIf(posix)('passes an empty body as an empty argument', () => {
    expect(argumentsOf(toCurl(entry({ requestBody: '', authenticated: false }))).slice(-2)).toEqual(['--data', '']);
  });

  it('never contains a token value, only the variable', () => {
    const command = toCurl(entry());
    expect(command).toContain('$LINKSFIELD_ACCESS_TOKEN');
    expect(command.match(/x-access-token/g)).toHaveLength(1);
  });
});
