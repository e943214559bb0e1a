import { request as httpRequest } from 'node:http';
import { expect, test, type APIResponse, type Page } from '@playwright/test';
import { cspOf, expectCsp, expectNotCacheable, expectNothingPolicy, expectStaticHeaders } from './support/headers';
import { formFields } from './support/html-form';
import { message } from './support/messages';
import { signInStaff, staffContext } from './support/staff';
import { E2E_BASE_URL } from './test-config';

/**
 * Requests the shop refuses answer with the status that says why (401, 413) and words a person can
 * read, in their language, never with a server error.
 */

type CapturedAction = { url: string; headers: Record<string, string>; body: Buffer };

/** The next server action `page` sends, captured and never delivered. */
async function captureAction(page: Page, send: () => Promise<void>): Promise<CapturedAction> {
  let captured: CapturedAction | undefined;
  await page.route('**/*', async (route) => {
    const request = route.request();
    if (request.method() !== 'POST' || !request.headers()['next-action']) return route.continue();
    captured = { url: request.url(), headers: request.headers(), body: request.postDataBuffer() ?? Buffer.alloc(0) };
    await route.abort();
  });
  await send();
  await expect.poll(() => captured !== undefined).toBe(true);
  await page.unroute('**/*');
  return captured!;
}

const LIMIT_TEXT = '64 kB';
const tooLarge = (locale: 'en' | 'zh-CN' | 'zh-HK') => message(locale, 'requestTooLarge.body').replace('{limit}', LIMIT_TEXT);

/** A refusal the proxy wrote: the status, the headers, a policy that allows nothing, never kept. */
function expectProxyRefusal(response: APIResponse, status: number) {
  expect(response.status()).toBe(status);
  expectStaticHeaders(response);
  expectNothingPolicy(response.headersArray());
  expectNotCacheable(response);
}

test.describe('a staff action without a staff session', () => {
  test('is refused with 401, and the console goes to the staff sign-in, not to an error page', async ({ browser }) => {
    const staff = await staffContext(browser);
    const page = await staff.newPage();
    await page.goto('/staff');
    const clear = () => page.getByRole('form', { name: 'Clear all scenarios' }).getByRole('button').click();
    const action = await captureAction(page, clear);

    // The staff's own call, sent by a stranger (no cookie): nothing runs.
    const headers = { ...action.headers };
    delete headers.cookie;
    const stranger = await browser.newContext();
    const response = await stranger.request.post(action.url, { headers, data: action.body });
    expect(response.status()).toBe(401);
    expectStaticHeaders(response);
    expectCsp(response);
    await stranger.close();

    // In the console: the session ends (another tab signed out, or it expired), then a button is
    // pressed. Next renders the page again with the refusal, and the page sends a stranger to the
    // sign-in (`app/(shop)/staff/unauthorized.tsx` is the boundary for the refusal itself).
    await page.goto('/staff');
    await staff.clearCookies();
    const answer = page.waitForResponse((candidate) => candidate.request().method() === 'POST' && candidate.url() === action.url);
    await clear();
    expect((await answer).status()).toBe(401);
    await expect(page).toHaveURL(/\/staff\/sign-in$/);
    await expect(page.getByRole('heading', { name: 'Staff sign-in' })).toBeVisible();
    await expect(page.getByRole('heading', { name: message('en', 'errorPage.title') })).toHaveCount(0);
    await staff.close();
  });

  test('sent without JavaScript, it goes to the staff sign-in, as the console pages do', async ({ browser }) => {
    const staff = await browser.newContext({ javaScriptEnabled: false });
    const page = await staff.newPage();
    await signInStaff(page);
    await page.goto('/staff');
    await staff.clearCookies();
    const answer = page.waitForResponse((candidate) => candidate.request().method() === 'POST');
    await page.getByRole('form', { name: 'Clear all scenarios' }).getByRole('button').click();
    expect((await answer).status()).toBe(303);
    await expect(page).toHaveURL(/\/staff\/sign-in$/);
    await expect(page.getByRole('heading', { name: 'Staff sign-in' })).toBeVisible();
    await staff.close();
  });
});

/**
 * A POST sent as given, over plain HTTP: chunked (no Content-Length, as a streaming client or a
 * proxy may send one) when the headers say so, and with no header added (Playwright would add a
 * Content-Type).
 */
function postRaw(path: string, headers: Record<string, string>, body: Buffer) {
  const chunked = headers['transfer-encoding'] === 'chunked';
  return new Promise<{ status: number; contentType: string; text: string }>((resolve, reject) => {
    const request = httpRequest(
      `${E2E_BASE_URL}${path}`,
      { method: 'POST', headers: chunked ? headers : { ...headers, 'content-length': String(body.length) } },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, contentType: String(response.headers['content-type']), text: Buffer.concat(chunks).toString('utf8') }),
        );
      },
    );
    request.on('error', reject);
    for (let at = 0; at < body.length; at += 16 * 1024) request.write(body.subarray(at, at + 16 * 1024));
    request.end();
  });
}

test.describe('a server action body over the 64 kB limit', () => {
  test('is refused with 413 and a message in the visitor\'s language, whatever its size or framing', async ({ page }) => {
    test.setTimeout(120_000);
    // A real action call, as the browser sends it: the order form refused for a bad email (no side effect).
    await page.goto('/en/packages/1000000');
    await page.getByLabel('Email').fill('bad-email');
    const action = await captureAction(page, () => page.getByRole('button', { name: 'Pre-order' }).click());
    const actionId = action.headers['next-action']!;
    const contentType = action.headers['content-type']!;
    const boundary = /boundary=(.+)$/.exec(contentType)?.[1];
    const prefix = /name="([^"]*)packageId"/.exec(action.body.toString('utf8'))?.[1];
    expect(boundary && prefix !== undefined, 'a multipart action body').toBe(true);

    // The same call with one more field of `size` bytes, which the action ignores.
    const body = (size: number) => {
      const closing = action.body.lastIndexOf(`--${boundary}--`);
      const padding = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${prefix}padding"\r\n\r\n${'x'.repeat(size)}\r\n`);
      return Buffer.concat([action.body.subarray(0, closing), padding, action.body.subarray(closing)]);
    };
    const headers = { 'next-action': actionId, 'content-type': contentType, accept: 'text/x-component' };
    const call = (size: number, extra: Record<string, string> = {}) =>
      page.request.post('/en/packages/1000000', { headers: { ...headers, ...extra }, data: body(size) });

    // Over 64 kB, up to far over Next's own 10 MB: refused before Next reads it.
    for (const size of [70 * 1024, 200 * 1024, 1024 * 1024, 11 * 1024 * 1024]) {
      const response = await call(size);
      expectProxyRefusal(response, 413);
      // Exactly `text/plain`: Next's client then shows the text itself as the action's error.
      expect(response.headers()['content-type'], `${size} bytes`).toBe('text/plain');
      expect(await response.text(), `${size} bytes`).toBe(tooLarge('en'));
    }
    // In the visitor's language (the cookie, else Accept-Language).
    expect(await (await call(70 * 1024, { cookie: 'NEXT_LOCALE=zh-HK' })).text()).toBe(tooLarge('zh-HK'));
    expect(await (await call(70 * 1024, { 'accept-language': 'zh-CN,zh;q=0.9' })).text()).toBe(tooLarge('zh-CN'));

    // Under the limit, the action runs; its answer carries the headers like pages do.
    const small = await call(1024);
    expect(small.status()).toBe(200);
    expectStaticHeaders(small);
    expectCsp(small);

    // Chunked, with no Content-Length to read: the proxy counts what arrives.
    const chunked = await postRaw('/en/packages/1000000', { ...headers, 'transfer-encoding': 'chunked' }, body(200 * 1024));
    expect(chunked.status).toBe(413);
    expect(chunked.text).toBe(tooLarge('en'));
    const chunkedSmall = await postRaw('/en/packages/1000000', { ...headers, 'transfer-encoding': 'chunked' }, body(1024));
    expect(chunkedSmall.status).toBe(200);
    expect(chunkedSmall.contentType).toContain('text/x-component');

    // With no Content-Type at all, at every cached address: such a call must still meet the proxy.
    for (const path of ['/en', '/en/countries/440', '/en/packages/1000000']) {
      const bare = await postRaw(path, { 'next-action': actionId }, Buffer.alloc(100 * 1024, 'x'));
      expect(bare.status, path).toBe(413);
      expect(bare.text, path).toBe(tooLarge('en'));
    }
  });

  test('sent without JavaScript, the answer is a page saying so, with a way back', async ({ request }) => {
    const fields = formFields(await (await request.get('/en/packages/1000000')).text(), 'aria-labelledby="order"');
    const response = await request.post('/en/packages/1000000', {
      multipart: { ...fields, email: 'someone@example.com', notes: 'x'.repeat(100 * 1024) },
      headers: { cookie: 'NEXT_LOCALE=zh-CN' },
    });
    expectProxyRefusal(response, 413);
    expect(response.headers()['content-type']).toBe('text/html; charset=utf-8');
    const html = await response.text();
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).toContain(`<h1>${message('zh-CN', 'requestTooLarge.title')}</h1>`);
    expect(html).toContain(tooLarge('zh-CN'));
    expect(html).toContain(`<a href="/en/packages/1000000">${message('zh-CN', 'requestTooLarge.back')}</a>`);
    // Nothing to run or style: the page works under its policy that allows nothing.
    expect(html).not.toMatch(/<script|<style|\sstyle=/);
    expect(cspOf(response.headersArray())).toContain("default-src 'none'");
  });
});
