import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const ctx = await browser.newContext({ locale: 'en-US' });
const page = await ctx.newPage();
for (let i = 0; i < 6; i++) {
  await page.goto('http://127.0.0.1:3140/packages/1000000');
  await page.getByLabel(/^Email$/).fill(`p${i}@x.example`);
  await page.evaluate(() => {
    window.__t = {};
    performance.clearResourceTimings();
    window.addEventListener('submit', () => (window.__t.submit = performance.now()), { capture: true, once: true });
  });
  await page.getByRole('button', { name: /^Pre-order/ }).click();
  const shown = await page.waitForFunction(() => {
    const h = document.querySelector('h1');
    return location.pathname.startsWith('/orders/') && h?.textContent === 'Thank you, your order is placed' ? performance.now() : false;
  }, null, { polling: 'raf' });
  const t = await shown.jsonValue();
  const info = await page.evaluate(() => ({ submit: window.__t.submit, res: performance.getEntriesByType('resource').map((e) => ({ n: e.name.replace(/.*\/(_next\/static\/chunks\/)?/, '').slice(0, 40), type: e.initiatorType, start: Math.round(e.startTime), respStart: Math.round(e.responseStart), end: Math.round(e.responseEnd) })) }));
  const s = info.submit;
  console.log(`order ${i}: total ${Math.round(t - s)} ms`, info.res.map((r) => `${r.type}:${r.n} ${r.start - Math.round(s)}→${r.respStart - Math.round(s)}→${r.end - Math.round(s)}`).join(' | '));
}
await browser.close();
