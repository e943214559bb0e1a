import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { buildCsp } from '@/lib/security/content-security-policy';
import { buildStaticCsp, inlineScriptHashes, inlineStyleHashes, stampStaticCsp } from '@/lib/security/static-csp.mjs';

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(Buffer.from(text, 'utf8')).digest('base64')}'`;

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((directive) => {
      const [name = '', ...values] = directive.trim().split(/\s+/);
      return [name, values];
    }),
  );
}

const FLIGHT = '(self.__next_f=self.__next_f||[]).push([0])';
const PAGE =
  '<!DOCTYPE html><html lang="en"><head>' +
  '<script src="/_next/static/chunks/webpack.js" async=""></script>' +
  `<style data-precedence="next">body{margin:0}</style>` +
  '</head><body><main style="width:10px">Shop</main>' +
  `<script>${FLIGHT}</script>` +
  '<script>self.__next_f.push([1,"Kraków, ¥, 日本 🇯🇵"])</script>' +
  `<script>${FLIGHT}</script>` +
  '</body></html>';

describe('inlineScriptHashes', () => {
  it('hashes the exact text of each inline script, as the browser does', () => {
    expect(inlineScriptHashes(`<script>${FLIGHT}</script>`)).toEqual([sha256(FLIGHT)]);
    // Whitespace is part of the text.
    expect(inlineScriptHashes(`<script>\n  ${FLIGHT}\n</script>`)).toEqual([sha256(`\n  ${FLIGHT}\n`)]);
  });

  it('leaves out scripts with src, lists each text once, in order', () => {
    expect(inlineScriptHashes(PAGE)).toEqual([sha256(FLIGHT), sha256('self.__next_f.push([1,"Kraków, ¥, 日本 🇯🇵"])')]);
    expect(inlineScriptHashes('<script src="/a.js"></script><script async src=/b.js></script><SCRIPT SRC="/c.js"></SCRIPT>')).toEqual([]);
  });

  it('hashes non-ASCII text over its UTF-8 bytes', () => {
    const text = 'document.title="Zürich – 東京 🇯🇵"';
    const [hash] = inlineScriptHashes(`<script>${text}</script>`);
    expect(hash).toBe(sha256(text));
    // Not over UTF-16 or Latin-1.
    expect(hash).not.toBe(`'sha256-${createHash('sha256').update(Buffer.from(text, 'latin1')).digest('base64')}'`);
  });

  it('reads scripts with attributes, and attributes that only look like src', () => {
    const html =
      '<script id="__NEXT_DATA__" type="application/json">{"a":1}</script>' +
      '<script nonce="abc" data-src="/x.js">one()</script>' +
      '<script type="module" title="a > b src=/x.js">two()</script>' +
      "<script data-x='src=\"y\"'>three()</script>";
    expect(inlineScriptHashes(html)).toEqual([sha256('{"a":1}'), sha256('one()'), sha256('two()'), sha256('three()')]);
  });

  it('does not take other elements for scripts', () => {
    expect(inlineScriptHashes('<noscript>x</noscript><scripts>y</scripts><script-x>z</script-x><p>no script</p>')).toEqual([]);
    expect(inlineScriptHashes('<html></html>')).toEqual([]);
  });
});

describe('inlineStyleHashes', () => {
  it('hashes each style element once, with or without attributes', () => {
    const html = '<style>a{color:red}</style><style data-precedence="next" nonce="n">p::before{content:"→"}</style><style>a{color:red}</style>';
    expect(inlineStyleHashes(html)).toEqual([sha256('a{color:red}'), sha256('p::before{content:"→"}')]);
  });

  it('ignores style attributes (the policy allows none) and stylesheet links (self covers them)', () => {
    expect(inlineStyleHashes('<div style="width:1px"></div><link rel="stylesheet" href="/a.css">')).toEqual([]);
  });
});

describe('buildStaticCsp', () => {
  const policy = directives(buildStaticCsp(PAGE));

  it("allows scripts from the shop's origin and the page's inline scripts by hash only", () => {
    expect(policy.get('script-src')).toEqual(["'self'", ...inlineScriptHashes(PAGE)]);
    const scripts = policy.get('script-src') ?? [];
    expect(scripts.some((source) => source.startsWith("'nonce-"))).toBe(false);
    expect(scripts).not.toContain("'unsafe-inline'");
    expect(scripts).not.toContain("'unsafe-eval'");
    expect(scripts).not.toContain("'strict-dynamic'");
  });

  it('allows style elements by hash', () => {
    expect(policy.get('style-src')).toEqual(["'self'", sha256('body{margin:0}')]);
    expect(directives(buildStaticCsp('<p>plain</p>')).get('style-src')).toEqual(["'self'"]);
  });

  it('keeps every other directive of the per-request policy, without upgrade-insecure-requests', () => {
    const nonced = directives(buildCsp({ nonce: 'AAAAAAAAAAAAAAAAAAAAAA==', dev: false, https: false }));
    nonced.delete('script-src');
    nonced.delete('style-src');
    const rest = new Map(policy);
    rest.delete('script-src');
    rest.delete('style-src');
    expect(rest).toEqual(nonced);
    expect([...policy.keys()]).toEqual([
      'default-src',
      'script-src',
      'style-src',
      'img-src',
      'font-src',
      'connect-src',
      'object-src',
      'base-uri',
      'form-action',
      'frame-ancestors',
    ]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.has('upgrade-insecure-requests')).toBe(false);
    expect(buildStaticCsp(PAGE)).not.toMatch(/nonce|unsafe-eval|strict-dynamic/);
    expect(buildStaticCsp(PAGE)).not.toContain("'unsafe-inline'");
  });
});

describe('stampStaticCsp', () => {
  const appPage = (html: string | Buffer, headers?: Record<string, string>) => ({
    kind: 'APP_PAGE',
    html,
    rscData: undefined,
    status: 200,
    postponed: undefined,
    headers,
    segmentData: undefined,
  });

  it("sets the page's hash policy on the entry itself, keeping its other headers", () => {
    const headers = { 'x-next-cache-tags': '_N_T_/layout,_N_T_/page' };
    const entry = appPage(PAGE, headers);
    stampStaticCsp(entry);
    expect(entry.headers).toBe(headers);
    expect(entry.headers).toEqual({ 'x-next-cache-tags': '_N_T_/layout,_N_T_/page', 'content-security-policy': buildStaticCsp(PAGE) });
  });

  it('creates the headers when the entry has none', () => {
    const entry = appPage(PAGE);
    stampStaticCsp(entry);
    expect(entry.headers).toEqual({ 'content-security-policy': buildStaticCsp(PAGE) });
  });

  it('reads html given as bytes as UTF-8', () => {
    const entry = appPage(Buffer.from(PAGE, 'utf8'));
    stampStaticCsp(entry);
    expect(entry.headers?.['content-security-policy']).toBe(buildStaticCsp(PAGE));
  });

  it('replaces any other CSP header: browsers would enforce both', () => {
    const entry = appPage(PAGE, { 'Content-Security-Policy': "script-src 'nonce-x'", 'content-security-policy': 'default-src *' });
    stampStaticCsp(entry);
    expect(entry.headers).toEqual({ 'content-security-policy': buildStaticCsp(PAGE) });
  });

  it('runs once per entry object: the cache hands out the same object on every hit', () => {
    const entry = appPage(PAGE, {});
    stampStaticCsp(entry);
    entry.html = '<script>changed()</script>';
    stampStaticCsp(entry);
    expect(entry.headers?.['content-security-policy']).toBe(buildStaticCsp(PAGE));
    // A new render is a new object, with its own hashes.
    const next = appPage('<script>changed()</script>', {});
    stampStaticCsp(next);
    expect(next.headers?.['content-security-policy']).toBe(buildStaticCsp('<script>changed()</script>'));
  });

  it('leaves other kinds of entry, and pages without html, alone', () => {
    const route = { kind: 'APP_ROUTE', body: new TextEncoder().encode(PAGE), status: 200, headers: { 'content-type': 'text/html' } };
    const fetched = { kind: 'FETCH', data: { headers: {}, body: PAGE, status: 200 }, revalidate: 60 };
    const pages = { kind: 'PAGES', html: PAGE, pageData: {}, status: 200, headers: undefined };
    const redirect = { kind: 'REDIRECT', props: {} };
    const noHtml = { kind: 'APP_PAGE', html: undefined, headers: {} };
    const before = structuredClone([route, fetched, pages, redirect, noHtml]);
    for (const value of [route, fetched, pages, redirect, noHtml, null, undefined, 'APP_PAGE']) stampStaticCsp(value);
    expect([route, fetched, pages, redirect, noHtml]).toEqual(before);
  });
});
