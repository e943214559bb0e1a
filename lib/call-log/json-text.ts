/**
 * A lossless JSON reader and writer for logged bodies. `JSON.parse` would round large integers (an
 * ICCID sent as a number), drop duplicate keys and normalise number spelling: staff must see what
 * the provider really sent, so numbers keep their source text and objects keep every entry in order.
 */
export type JsonNode =
  | { kind: 'object'; entries: [key: string, value: JsonNode][] }
  | { kind: 'array'; items: JsonNode[] }
  | { kind: 'string'; value: string }
  | { kind: 'number'; raw: string }
  | { kind: 'literal'; raw: 'true' | 'false' | 'null' };

const WHITESPACE = /[ \t\n\r]*/y;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
// A JSON string token: no raw control characters, only the escapes JSON allows.
const STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;
const MAX_DEPTH = 200;

class JsonSyntaxError extends Error {}

/** Parses strict JSON text; null when the text is not JSON. */
export function parseJsonText(text: string): JsonNode | null {
  let position = 0;

  const skipWhitespace = () => {
    WHITESPACE.lastIndex = position;
    WHITESPACE.exec(text);
    position = WHITESPACE.lastIndex;
  };
  const token = (pattern: RegExp): string => {
    pattern.lastIndex = position;
    const match = pattern.exec(text);
    if (!match) throw new JsonSyntaxError(`unexpected input at ${position}`);
    position = pattern.lastIndex;
    return match[0];
  };
  const expect = (char: string) => {
    if (text[position] !== char) throw new JsonSyntaxError(`expected ${char} at ${position}`);
    position += 1;
  };

  const value = (depth: number): JsonNode => {
    if (depth > MAX_DEPTH) throw new JsonSyntaxError('nested too deeply');
    skipWhitespace();
    const char = text[position];
    if (char === '{') {
      position += 1;
      const entries: [string, JsonNode][] = [];
      skipWhitespace();
      if (text[position] === '}') {
        position += 1;
        return { kind: 'object', entries };
      }
      for (;;) {
        skipWhitespace();
        const key = JSON.parse(token(STRING)) as string;
        skipWhitespace();
        expect(':');
        entries.push([key, value(depth + 1)]);
        skipWhitespace();
        if (text[position] === '}') {
          position += 1;
          return { kind: 'object', entries };
        }
        expect(',');
      }
    }
    if (char === '[') {
      position += 1;
      const items: JsonNode[] = [];
      skipWhitespace();
      if (text[position] === ']') {
        position += 1;
        return { kind: 'array', items };
      }
      for (;;) {
        items.push(value(depth + 1));
        skipWhitespace();
        if (text[position] === ']') {
          position += 1;
          return { kind: 'array', items };
        }
        expect(',');
      }
    }
    if (char === '"') return { kind: 'string', value: JSON.parse(token(STRING)) as string };
    for (const raw of ['true', 'false', 'null'] as const) {
      if (text.startsWith(raw, position)) {
        position += raw.length;
        return { kind: 'literal', raw };
      }
    }
    return { kind: 'number', raw: token(NUMBER) };
  };

  try {
    const root = value(0);
    skipWhitespace();
    return position === text.length ? root : null;
  } catch (error) {
    if (error instanceof JsonSyntaxError) return null;
    throw error;
  }
}

/** Writes a node back as JSON: compact by default, or indented by `indent` spaces. */
export function stringifyJsonNode(node: JsonNode, indent = 0): string {
  const write = (current: JsonNode, level: number): string => {
    const pad = indent ? `\n${' '.repeat(indent * (level + 1))}` : '';
    const end = indent ? `\n${' '.repeat(indent * level)}` : '';
    const colon = indent ? ': ' : ':';
    switch (current.kind) {
      case 'object':
        if (current.entries.length === 0) return '{}';
        return `{${current.entries
          .map(([key, child]) => `${pad}${JSON.stringify(key)}${colon}${write(child, level + 1)}`)
          .join(',')}${end}}`;
      case 'array':
        if (current.items.length === 0) return '[]';
        return `[${current.items.map((child) => `${pad}${write(child, level + 1)}`).join(',')}${end}]`;
      case 'string':
        return JSON.stringify(current.value);
      case 'number':
      case 'literal':
        return current.raw;
    }
  };
  return write(node, 0);
}

/** The text indented for reading when it is JSON, else null. */
export function prettyJson(text: string): string | null {
  const node = parseJsonText(text);
  return node ? stringifyJsonNode(node, 2) : null;
}
