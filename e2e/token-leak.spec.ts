import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { E2E_ACCESS_TOKEN } from './test-config';
import { confirmCompatible } from './support/shop';

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

test('the access token is absent from everything the browser receives', async ({ page }) => {
  const bodies: { url: string; text: string }[] = [];
  // Each body is read as its response comes, and all are awaited before the check: on a busy
  // machine a read could finish after the check and the answer go unchecked.
  const reads: Promise<void>[] = [];
  page.on('response', (response) => {
    reads.push(
      response.body().then(
        (body) => void bodies.push({ url: response.url(), text: body.toString('utf8') }),
        () => {
          // Redirects have no body.
        },
      ),
    );
  });

  // The whole purchase, including a refused and an accepted server action.
  await page.goto('/');
  await page.getByRole('link', { name: /Japan/ }).click();
  await page.getByRole('link', { name: 'Order Japan 1GB 7 Days' }).click();
  await page.getByLabel('Email').fill('bad-email');
  await confirmCompatible(page);
  await page.getByRole('button', { name: 'Pre-order' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Your order was not placed' })).toBeVisible();
  await page.getByLabel('Email').fill('leak-check@example.com');
  await confirmCompatible(page);
  await page.getByRole('button', { name: 'Pre-order' }).click();
  await expect(page).toHaveURL(/\/orders\//);
  await page.goto('/does-not-exist');
  await Promise.all(reads);

  // Every script the pages reference, fetched whole.
  const scripts = new Set<string>();
  for (const body of bodies) {
    for (const match of body.text.matchAll(/\/_next\/static\/[^"'\s)\\]+\.js/g)) scripts.add(match[0]);
  }
  for (const src of scripts) {
    const response = await page.request.get(src);
    bodies.push({ url: src, text: await response.text() });
  }

  const actionResponses = bodies.filter((body) => body.url.includes('/packages/'));
  expect(actionResponses.length).toBeGreaterThan(0);
  expect(scripts.size).toBeGreaterThan(3);
  const leaking = bodies.filter((body) => body.text.includes(E2E_ACCESS_TOKEN)).map((body) => body.url);
  expect(leaking).toEqual([]);
});

test('the build output sent to browsers holds no token', () => {
  const files = [
    ...filesUnder('.next/static'),
    ...filesUnder('.next/server/app').filter((file) => /\.(html|rsc|body|meta)$/.test(file)),
  ];
  expect(files.length).toBeGreaterThan(10);
  const leaking = files.filter((file) => readFileSync(file, 'utf8').includes(E2E_ACCESS_TOKEN));
  expect(leaking).toEqual([]);
});
