import { chromium } from '@playwright/test';
import { timedPreOrder } from './scripts/bench/pre-order';
const url = 'http://127.0.0.1:3133';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const ctx = await browser.newContext();
const tab = await ctx.newPage();
tab.on('requestfailed', (r) => console.log('failed', r.method(), r.url(), r.failure()?.errorText));
for (let i = 0; i < 8; i++) {
  try { const r = await timedPreOrder(tab, url, `p${i}@x.example`); console.log(r.ms.toFixed(0), r.serverMs.toFixed(0)); }
  catch (e) { console.log('ERR', String(e).slice(0, 200)); }
}
await browser.close();
