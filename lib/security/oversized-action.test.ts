import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
import { messagesByLocale } from '@/lib/i18n/messages';
import { ACTION_BODY_LIMIT_BYTES } from '@/lib/security/action-body-limit.mjs';
import { NOTHING_POLICY } from '@/lib/security/csp-directives.mjs';
import { bodyOverLimit, mayBeServerAction } from '@/lib/security/oversized-action';
import { proxy } from '@/proxy';

const ORIGIN = 'http://shop.test';
const LIMIT = ACTION_BODY_LIMIT_BYTES;

/** A body that arrives in chunks, with no Content-Length, as a chunked upload does. */
function chunkedRequest(size: number, headers: Record<string, string> = {}) {
  const chunk = new Uint8Array(8 * 1024);
  let sent = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent >= size) return controller.close();
      const part = chunk.subarray(0, Math.min(chunk.length, size - sent));
      sent += part.length;
      controller.enqueue(part);
    },
  });
  // `duplex` is required for a streamed body, and missing from Next's RequestInit type.
  const init = { method: 'POST', headers, body, duplex: 'half' } as ConstructorParameters<typeof NextRequest>[1];
  return new NextRequest(`${ORIGIN}/en/packages/1000000`, init);
}

const sized = (size: number, headers: Record<string, string>) =>
  new NextRequest(`${ORIGIN}/en/packages/1000000`, { method: 'POST', headers: { ...headers, 'content-length': String(size) } });

const text = (locale: 'en' | 'zh-CN' | 'zh-HK') =>
  (messagesByLocale[locale].requestTooLarge as Record<string, string>).body!.replace('{limit}', '64 kB');

describe('mayBeServerAction', () => {
  it('is a POST with a next-action header, or a form post, on a page', () => {
    const headers = (entries: Record<string, string>) => new Headers(entries);
    expect(mayBeServerAction('POST', '/packages/1', headers({ 'next-action': 'abc', 'content-type': 'text/plain;charset=UTF-8' }))).toBe(true);
    expect(mayBeServerAction('POST', '/packages/1', headers({ 'content-type': 'multipart/form-data; boundary=x' }))).toBe(true);
    expect(mayBeServerAction('POST', '/', headers({ 'content-type': 'application/x-www-form-urlencoded' }))).toBe(true);
    expect(mayBeServerAction('POST', '/', headers({ 'next-action': 'abc' }))).toBe(true);
    expect(mayBeServerAction('GET', '/', headers({ 'next-action': 'abc' }))).toBe(false);
    expect(mayBeServerAction('POST', '/', headers({ 'content-type': 'application/json' }))).toBe(false);
    expect(mayBeServerAction('POST', '/api/staff/catalog-refresh', headers({ 'content-type': 'multipart/form-data; boundary=x' }))).toBe(false);
  });
});

describe('bodyOverLimit', () => {
  it('reads Content-Length when there is one', async () => {
    expect(await bodyOverLimit(sized(LIMIT, {}))).toBe(false);
    expect(await bodyOverLimit(sized(LIMIT + 1, {}))).toBe(true);
  });

  it('counts a chunked body, stopping soon after the limit', async () => {
    expect(await bodyOverLimit(chunkedRequest(LIMIT))).toBe(false);
    expect(await bodyOverLimit(chunkedRequest(LIMIT + 1))).toBe(true);
    // 11 MB: answered once one chunk past the limit has arrived.
    expect(await bodyOverLimit(chunkedRequest(11 * 1024 * 1024))).toBe(true);
  });
});

describe('the proxy and a server action body over the limit', () => {
  it('answers a call from the page with 413 and the words as plain text, in the visitor\'s language', async () => {
    const response = await proxy(sized(70 * 1024, { 'next-action': 'abc', 'content-type': 'text/plain;charset=UTF-8', cookie: 'NEXT_LOCALE=zh-HK' }));
    expect(response.status).toBe(413);
    expect(response.headers.get('content-type')).toBe('text/plain');
    expect(response.headers.get('content-security-policy')).toBe(NOTHING_POLICY);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.text()).toBe(text('zh-HK'));

    const byHeader = await proxy(sized(70 * 1024, { 'next-action': 'abc', 'accept-language': 'zh-CN,zh;q=0.9' }));
    expect(await byHeader.text()).toBe(text('zh-CN'));
  });

  it('answers a form sent without JavaScript with a page, escaped, with a way back', async () => {
    const response = await proxy(chunkedRequest(100 * 1024, { 'content-type': 'multipart/form-data; boundary=x' }));
    expect(response.status).toBe(413);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await response.text();
    expect(html).toContain('<html lang="en">');
    expect(html).toContain(`<p>${text('en')}</p>`);
    expect(html).toContain('<a href="/en/packages/1000000">Back to the page</a>');
    expect(html).not.toMatch(/<script|<style|\sstyle=/);
  });

  it('lets a body within the limit through to the page, with the nonce policy', async () => {
    const response = await proxy(sized(1024, { 'next-action': 'abc', 'content-type': 'text/plain;charset=UTF-8' }));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toMatch(/'nonce-/);
    const chunked = await proxy(chunkedRequest(1024, { 'next-action': 'abc', 'content-type': 'text/plain;charset=UTF-8' }));
    expect(chunked.headers.get('content-security-policy')).toMatch(/'nonce-/);
  });
});
