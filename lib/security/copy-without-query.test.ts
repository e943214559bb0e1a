import { describe, expect, it } from 'vitest';
import { htmlWithoutQuery, stripRequestQuery } from '@/lib/security/copy-without-query.mjs';

/** Flight text as Next 16.4 renders row 0 of a page for `/en/countries/440` + `search`. */
const flight = (search: string) =>
  `1:"$Sreact.fragment"\n:HL["/_next/static/css/a.css","style"]\n0:{"P":null,"c":["","en","countries","440${search}"],"q":"${search}","i":false,"t":{"t":["$","$1",null,{}]}}\n2:["$","p",null,{"children":"Japan & more"}]\n`;

/** As Next inlines flight data: chunks of at most `size`, each a script with JSON and `<>&` escaped. */
function page(text: string, size = 2048) {
  const chunks = [];
  for (let at = 0; at < text.length; at += size) chunks.push(text.slice(at, at + size));
  const encode = (chunk: string) => JSON.stringify(chunk).replace(/[<>&]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return `<!DOCTYPE html><html><body><main>Japan</main><script>(self.__next_f=self.__next_f||[]).push([0])</script>${chunks
    .map((chunk) => `<script>self.__next_f.push([1,${encode(chunk)}])</script>`)
    .join('<div hidden></div>')}</body></html>`;
}

/** The flight text a page's scripts carry, joined, as the browser's router reads it. */
function flightOf(html: string) {
  return [...html.matchAll(/<script>self\.__next_f\.push\(\[1,(".*?")\]\)<\/script>/g)].map(([, literal]) => JSON.parse(literal!) as string).join('');
}

const SEARCH = '?utm_source=newsletter&email=alice%40example.com&q=a\\b';

describe('a cached copy without the query of the request that rendered it', () => {
  it('keeps the page and its data, less the query', () => {
    const cleaned = htmlWithoutQuery(page(flight(SEARCH)));
    expect(flightOf(cleaned)).toBe(flight(''));
    expect(cleaned).not.toContain('alice');
    expect(cleaned).toContain('<main>Japan</main>');
  });

  it('takes out a query split across many chunks, keeping what came between them', () => {
    const long = `?pad=${'x'.repeat(12_000)}&email=alice%40example.com`;
    const html = page(flight(long));
    expect(html.match(/__next_f\.push\(\[1,/g)!.length).toBeGreaterThan(5);
    const cleaned = htmlWithoutQuery(html);
    expect(flightOf(cleaned)).toBe(flight(''));
    expect(cleaned).not.toContain('alice');
    expect(cleaned.length).toBeLessThan(page(flight('')).length + 200);
    expect(cleaned).toContain('<div hidden></div>');
  });

  it('leaves a page rendered without a query exactly as it is', () => {
    const html = page(flight(''));
    expect(htmlWithoutQuery(html)).toBe(html);
  });

  it('cleans the html, the flight data and the segments of a page entry, in place', () => {
    const entry = {
      kind: 'APP_PAGE',
      html: new TextEncoder().encode(page(flight(SEARCH))),
      rscData: Buffer.from(flight(SEARCH)),
      segmentData: new Map([['/_tree', Buffer.from(flight(SEARCH))]]),
    };
    stripRequestQuery(entry);
    expect(flightOf(new TextDecoder().decode(entry.html))).toBe(flight(''));
    expect(entry.rscData.toString()).toBe(flight(''));
    expect(entry.segmentData.get('/_tree')!.toString()).toBe(flight(''));
  });

  it('takes the home page\'s query, whose canonical address is the language alone', () => {
    const home = (search: string) => `0:{"P":null,"c":["","en${search}"],"q":"${search}","i":false}\n`;
    expect(flightOf(htmlWithoutQuery(page(home('?signedOut=1'))))).toBe(home(''));
  });
});

describe('a long query, which React moves out into text rows of their own', () => {
  /** As Next 16.4 renders it: `c`'s last segment and `q` referenced as `$1` and `$2`, length-delimited rows. */
  const outlined = (segment: string, search: string) =>
    `:HL["/_next/static/css/a.css","style"]\n1:T${Buffer.byteLength(`${segment}${search}`).toString(16)},${segment}${search}2:T${Buffer.byteLength(search).toString(16)},${search}0:{"P":null,"c":["","zh-CN","packages","$1"],"q":"$2","i":false}\n3:["$","p",null,{"children":"墨西哥"}]\n`;

  it('names the segment in row 0 and drops both text rows, in html split into chunks', () => {
    // The query itself holds what would look like a row: it must be read as text.
    const search = `?email=alice%40example.com&x=2:T5,hello&pad=${'x'.repeat(12_000)}`;
    const cleaned = htmlWithoutQuery(page(outlined('1000058', search)));
    expect(flightOf(cleaned)).toBe(`:HL["/_next/static/css/a.css","style"]\n0:{"P":null,"c":["","zh-CN","packages","1000058"],"q":"","i":false}\n3:["$","p",null,{"children":"墨西哥"}]\n`);
    expect(cleaned).not.toContain('alice');
  });

  it('does the same in the flight data', () => {
    const entry = { kind: 'APP_PAGE', html: '', rscData: Buffer.from(outlined('1000058', `?email=alice&pad=${'y'.repeat(2_000)}`)) };
    stripRequestQuery(entry);
    expect(entry.rscData.toString()).not.toContain('alice');
    expect(entry.rscData.toString()).toContain('"c":["","zh-CN","packages","1000058"],"q":""');
  });
});
