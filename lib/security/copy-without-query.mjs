// @ts-check
/**
 * Next renders a cached page with the address of the request that made it render, query string
 * included: its flight data seeds the browser's router with the canonical URL (`"c"`) and the
 * rendered search (`"q"`). A copy rendered for `/en?utm_source=news&email=alice%40example.com`
 * would carry Alice's address to every later visitor, and a made-up 12,000-character query would
 * grow every copy. No rewrite or matcher can send "any query" elsewhere (Next's `has` names a key),
 * so the cache handler takes the query out of each page it is handed, before the page is kept or
 * served: the router reads the query from the browser's own address anyway.
 *
 * This knows the shape of Next's flight data (16.4): `e2e/addresses.spec.ts` renders copies from
 * requests with a query and fails if any of it is served, so an upgrade that changes it is caught.
 */

/** Row 0 of the page's flight data: the last segment of `"c"` with its `?…`, and `"q"`. */
const CANONICAL_WITH_QUERY = /("c":\[(?:"(?:[^"\\]|\\.)*",)*"(?:[^"\\?]|\\.)*)\?(?:[^"\\]|\\.)*"\],"q":"(?:[^"\\]|\\.)*"/;
/**
 * The same when React moved the long strings out into text rows of their own (`1:T2f2a,1000058?…`,
 * referenced as `"$1"`): a long query does that.
 */
const CANONICAL_BY_REFERENCE = /("c":\[(?:"(?:[^"\\]|\\.)*",)*)"\$([0-9a-f]+)"\],"q":"((?:[^"\\]|\\.)*)"/;
const RENDERED_SEARCH = /"q":"\?(?:[^"\\]|\\.)*"/;

/**
 * A text row (`<id>:T<byte length in hex>,<text>`), or undefined. Rows are read in order from the
 * start: a text row has no line end, its length delimits it, so whatever a query holds (`2:T1,`
 * too) is read as text and never taken for a row.
 *
 * @param {string} flight
 * @param {string} id
 */
function textRow(flight, id) {
  let at = 0;
  while (at < flight.length) {
    const header = /^([0-9a-f]*):(T([0-9a-f]+),)?/.exec(flight.slice(at, at + 32));
    if (!header) return undefined;
    if (header[2] === undefined) {
      const lineEnd = flight.indexOf('\n', at);
      if (lineEnd === -1) return undefined;
      at = lineEnd + 1;
      continue;
    }
    const textStart = at + header[0].length;
    const bytes = Number.parseInt(/** @type {string} */ (header[3]), 16);
    // The length counts UTF-8 bytes; the text here is a string of UTF-16 units.
    let end = textStart;
    for (let counted = 0; counted < bytes && end < flight.length; end += 1) counted += Buffer.byteLength(flight[end] ?? '');
    if (header[1] === id) return { start: at, end, text: flight.slice(textStart, end) };
    at = end;
  }
  return undefined;
}

/**
 * @param {string} flight
 * @returns {{ text: string; start: number; end: number } | undefined} the text without the query, and where the change was
 */
function flightWithoutQuery(flight) {
  const canonical = CANONICAL_WITH_QUERY.exec(flight);
  if (canonical) {
    const replacement = `${canonical[1]}"],"q":""`;
    return { text: flight.replace(CANONICAL_WITH_QUERY, replacement), start: canonical.index, end: canonical.index + canonical[0].length };
  }
  const byReference = CANONICAL_BY_REFERENCE.exec(flight);
  const segment = byReference && textRow(flight, /** @type {string} */ (byReference[2]));
  if (byReference && segment && segment.text.includes('?')) {
    const search = /** @type {string} */ (byReference[3]);
    const searchRow = search.startsWith('$') && !search.startsWith('$$') ? textRow(flight, search.slice(1)) : undefined;
    // Row 0 names the segment inline (a path segment never starts with `$`), and the text rows go.
    const changes = [
      { start: byReference.index, end: byReference.index + byReference[0].length, text: `${byReference[1]}${JSON.stringify(segment.text.split('?')[0])}],"q":""` },
      { ...segment, text: '' },
      ...(searchRow ? [{ ...searchRow, text: '' }] : []),
    ].sort((x, y) => y.start - x.start);
    let text = flight;
    for (const change of changes) text = `${text.slice(0, change.start)}${change.text}${text.slice(change.end)}`;
    return { text, start: Math.min(...changes.map(({ start }) => start)), end: Math.max(...changes.map(({ end }) => end)) };
  }
  const search = RENDERED_SEARCH.exec(flight);
  if (search) return { text: flight.replace(RENDERED_SEARCH, '"q":""'), start: search.index, end: search.index + search[0].length };
  return undefined;
}

/** As Next writes a flight chunk into a script: JSON, with what could end the script escaped. */
const encodeChunk = (/** @type {string} */ text) =>
  JSON.stringify(text).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

const FLIGHT_SCRIPT = /<script>self\.__next_f\.push\(\[1,(".*?")\]\)<\/script>/g;

/**
 * The page's html without the query: the flight chunks are joined, the query taken out, and the
 * chunks it spanned (a long query is split across several) written as one.
 *
 * @param {string} html
 * @returns {string}
 */
export function htmlWithoutQuery(html) {
  /** @type {{ start: number; end: number; text: string }[]} */
  const scripts = [];
  for (const match of html.matchAll(FLIGHT_SCRIPT)) {
    scripts.push({ start: match.index, end: match.index + match[0].length, text: JSON.parse(/** @type {string} */ (match[1])) });
  }
  const cleaned = flightWithoutQuery(scripts.map(({ text }) => text).join(''));
  if (!cleaned) return html;
  // The chunks the change touched, by their place in the joined text.
  let offset = 0;
  const touched = [];
  for (const [index, { text }] of scripts.entries()) {
    if (offset < cleaned.end && offset + text.length > cleaned.start) touched.push(index);
    offset += text.length;
  }
  const first = /** @type {number} */ (touched[0]);
  const last = /** @type {number} */ (touched.at(-1));
  const before = scripts.slice(0, first).reduce((sum, { text }) => sum + text.length, 0);
  const after = scripts.slice(last + 1).reduce((sum, { text }) => sum + text.length, 0);
  const merged = cleaned.text.slice(before, cleaned.text.length - after);
  const firstScript = /** @type {{ start: number }} */ (scripts[first]);
  const lastScript = /** @type {{ end: number }} */ (scripts[last]);
  // The touched scripts sit next to each other in the html only when nothing came between them;
  // what did (html streamed between chunks) is kept after the merged one.
  const between = html
    .slice(firstScript.start, lastScript.end)
    .replace(FLIGHT_SCRIPT, '');
  return `${html.slice(0, firstScript.start)}<script>self.__next_f.push([1,${encodeChunk(merged)}])</script>${between}${html.slice(lastScript.end)}`;
}

/**
 * @param {Buffer | string} data
 * @returns {Buffer | string}
 */
function flightDataWithoutQuery(data) {
  const text = typeof data === 'string' ? data : Buffer.from(data).toString('utf8');
  const cleaned = flightWithoutQuery(text);
  if (!cleaned) return data;
  return typeof data === 'string' ? cleaned.text : Buffer.from(cleaned.text, 'utf8');
}

/**
 * Takes the rendering request's query out of a cached page (`APP_PAGE`), in place: Next serves the
 * first render from the very object it hands the cache handler. Anything else is left alone.
 *
 * @param {unknown} value
 */
export function stripRequestQuery(value) {
  if (!value || typeof value !== 'object' || !('kind' in value) || value.kind !== 'APP_PAGE') return;
  const page = /** @type {{ html?: unknown; rscData?: Buffer | string; segmentData?: Map<string, Buffer> }} */ (value);
  if (typeof page.html === 'string') page.html = htmlWithoutQuery(page.html);
  else if (page.html instanceof Uint8Array) {
    const html = new TextDecoder().decode(page.html);
    const cleaned = htmlWithoutQuery(html);
    if (cleaned !== html) page.html = Buffer.from(cleaned, 'utf8');
  }
  if (page.rscData) page.rscData = flightDataWithoutQuery(page.rscData);
  if (page.segmentData instanceof Map) {
    for (const [segment, data] of page.segmentData) page.segmentData.set(segment, /** @type {Buffer} */ (flightDataWithoutQuery(data)));
  }
}
