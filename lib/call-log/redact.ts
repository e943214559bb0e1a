import { type JsonNode, parseJsonText, stringifyJsonNode } from '@/lib/call-log/json-text';

export const REDACTED = '[redacted]';
export const REDACTED_ACTIVATION_CODE = '[redacted activation code]';

/** Key names (lower case, without `-`/`_`) whose values are secrets wherever they appear. */
const SECRET_KEYS = new Set([
  'token',
  'accesstoken',
  'xaccesstoken',
  'passwd',
  'password',
  'secret',
  'qrcode',
  'activationcode',
  'matchingid',
  'cardnumber',
  'cvc',
  'cvv',
]);
// `refreshToken`, `newPassword`, `clientSecret`... are as secret as the bare names.
const SECRET_SUFFIXES = ['token', 'password', 'passwd', 'secret'];
// `qrCodeUrl`, `activationCodeImage`: anything built from the activation code gives the eSIM away.
const SECRET_PREFIXES = ['qrcode', 'activationcode'];

/** True for a key whose value must never be stored: tokens, passwords, card data, activation codes. */
export function isSecretKey(key: string): boolean {
  const normal = key.toLowerCase().replace(/[-_\s]/g, '');
  return (
    SECRET_KEYS.has(normal) ||
    SECRET_SUFFIXES.some((suffix) => normal.endsWith(suffix)) ||
    SECRET_PREFIXES.some((prefix) => normal.startsWith(prefix))
  );
}

// SGP.22 activation code `LPA:1$<SM-DP+>$<matching id>[$...]`: it installs the eSIM, so it is a
// secret. The second form is its URL-encoded copy inside an Apple one-tap install link.
const LPA_CODE = /LPA:1\$[^\s"'`\\<>,;|()[\]{}]*/gi;
const LPA_CODE_URL_ENCODED = /LPA%3A1%24[\w.~+%-]*/gi;
const JWT = /\beyJ[\w-]{4,}\.[\w-]{4,}\.[\w-]*/g;
const BEARER = /\b(Bearer\s+)[\w.~+/-]+=*/gi;
// `"key":` at any escaping depth: `"k":`, `\"k\":` inside a string, `\\\"k\\\":` two levels down.
const QUOTED_KEY = /(\\*)"([\w -]{1,64})\1"\s*:\s*/g;
// `key=value` (form, query string) or `key: value` (header, log line).
const BARE_PAIR = /(?<![\w-])([A-Za-z][\w-]{0,63})(\s*[=:]\s*)(["']?)([\w.~+/=%-]+)\3/g;

/** A password digest (32 hex, MD5) or something long or digit-bearing, unlike a word of prose. */
function isTokenLooking(value: string): boolean {
  return /^[0-9a-f]{32}$/i.test(value) || value.length >= 12 || (value.length >= 6 && /\d/.test(value));
}

/** Where the value starting at `start` ends; `quote` is `"` as escaped at the key's depth. */
function valueEnd(text: string, start: number, quote: string): number {
  if (text.startsWith(quote, start)) {
    if (quote === '"') {
      for (let i = start + 1; i < text.length; i += 1) {
        if (text[i] === '\\') i += 1;
        else if (text[i] === '"') return i + 1;
      }
      return text.length; // a truncated answer: the value runs to the end
    }
    let from = start + quote.length;
    for (;;) {
      const at = text.indexOf(quote, from);
      if (at === -1) return text.length;
      // A quote escaped one level deeper belongs to the value.
      if (text[at - 1] !== '\\') return at + quote.length;
      from = at + 1;
    }
  }
  const open = text[start];
  if (quote === '"' && (open === '{' || open === '[')) {
    let depth = 0;
    for (let i = start; i < text.length; i += 1) {
      const char = text[i];
      if (char === '"') i = valueEnd(text, i, '"') - 1;
      else if (char === '{' || char === '[') depth += 1;
      else if ((char === '}' || char === ']') && --depth === 0) return i + 1;
    }
    return text.length;
  }
  const bare = /[^\s,}\]\\]*/y;
  bare.lastIndex = start;
  bare.exec(text);
  return bare.lastIndex;
}

function redactQuotedPairs(text: string): string {
  let out = '';
  let last = 0;
  const pattern = new RegExp(QUOTED_KEY.source, 'g');
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const [whole, slashes = '', key = ''] = match;
    if (!isSecretKey(key)) continue;
    const quote = `${slashes}"`;
    const start = match.index + whole.length;
    const end = valueEnd(text, start, quote);
    const raw = text.slice(start, end);
    // An empty or null value tells staff the field was blank, and gives nothing away.
    if (raw === 'null' || raw === `${quote}${quote}` || raw === '') continue;
    out += `${text.slice(last, start)}${quote}${REDACTED}${quote}`;
    last = end;
    pattern.lastIndex = end;
  }
  return out + text.slice(last);
}

/**
 * The rules for text that is not (or is no longer) a JSON tree: activation codes, JWTs, bearer
 * tokens and the values after secret keys, in JSON-ish, form or header spelling.
 */
export function redactText(text: string): string {
  const coded = text
    .replace(LPA_CODE, REDACTED_ACTIVATION_CODE)
    .replace(LPA_CODE_URL_ENCODED, REDACTED_ACTIVATION_CODE)
    .replace(JWT, REDACTED)
    .replace(BEARER, `$1${REDACTED}`);
  return redactQuotedPairs(coded).replace(
    BARE_PAIR,
    (whole, key: string, separator: string, quote: string, value: string) =>
      isSecretKey(key) && isTokenLooking(value) ? `${key}${separator}${quote}${REDACTED}${quote}` : whole,
  );
}

function redactString(value: string): string {
  const trimmed = value.trimStart();
  // A JSON document carried inside a string (a forwarded payload) gets the full tree treatment.
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    const inner = parseJsonText(value);
    if (inner && (inner.kind === 'object' || inner.kind === 'array')) return stringifyJsonNode(redactNode(inner));
  }
  return redactText(value);
}

function hide(node: JsonNode): JsonNode {
  if ((node.kind === 'literal' && node.raw === 'null') || (node.kind === 'string' && node.value === '')) return node;
  return { kind: 'string', value: REDACTED };
}

function redactNode(node: JsonNode): JsonNode {
  switch (node.kind) {
    case 'object':
      return {
        kind: 'object',
        entries: node.entries.map(([key, value]) => [key, isSecretKey(key) ? hide(value) : redactNode(value)]),
      };
    case 'array':
      return { kind: 'array', items: node.items.map(redactNode) };
    case 'string':
      return { kind: 'string', value: redactString(node.value) };
    default:
      return node;
  }
}

/**
 * The provider's login may answer `{"code":0,"data":"<token>"}` (the docs allow a bare string):
 * an envelope whose `data` is one long unbroken word is taken for a token.
 */
function redactBareTokenData(root: JsonNode): JsonNode {
  if (root.kind !== 'object' || !root.entries.some(([key]) => key === 'code')) return root;
  return {
    kind: 'object',
    entries: root.entries.map(([key, value]) =>
      key === 'data' && value.kind === 'string' && /^[\w.~+/=-]{16,}$/.test(value.value)
        ? [key, { kind: 'string', value: REDACTED }]
        : [key, value],
    ),
  };
}

/**
 * A logged body with its secrets replaced. JSON is walked (keys kept, so staff see the field was
 * there) and written back compactly; anything else, such as a malformed answer, is kept as text with
 * pattern-based replacements, because a broken answer is exactly what staff need to see.
 */
export function redactBody(text: string): string;
export function redactBody(text: string | null): string | null;
export function redactBody(text: string | null): string | null {
  if (text === null) return null;
  const root = parseJsonText(text);
  if (!root) return redactText(text);
  return stringifyJsonNode(redactBareTokenData(redactNode(root)));
}

/**
 * The last line of defence: every occurrence of a known secret value (the configured token, the
 * passwords) becomes `[redacted]`, also in its JSON-escaped and URL-encoded spellings. Values shorter
 * than 6 characters are ignored: they would blank out ordinary text.
 */
export function redactSecrets(text: string, secrets: readonly (string | null | undefined)[]): string;
export function redactSecrets(text: string | null, secrets: readonly (string | null | undefined)[]): string | null;
export function redactSecrets(text: string | null, secrets: readonly (string | null | undefined)[]): string | null {
  if (text === null) return null;
  const spellings = new Set<string>();
  for (const secret of secrets) {
    if (typeof secret !== 'string' || secret.length < 6) continue;
    spellings.add(secret);
    spellings.add(JSON.stringify(secret).slice(1, -1));
    spellings.add(encodeURIComponent(secret));
  }
  // Longest first, so a secret that contains another is replaced whole.
  return [...spellings]
    .sort((a, b) => b.length - a.length)
    .reduce((current, spelling) => current.split(spelling).join(REDACTED), text);
}
