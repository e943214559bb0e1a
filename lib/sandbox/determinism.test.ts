import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { buildCatalog } from '@/lib/sandbox/catalog';
import { DOC_PRE_ORDER, startTestSandbox, testClock, type TestSandbox } from '@/lib/test-support/sandbox-calls';

const PARTNER = '1000000005';

/** Everything the catalog endpoints answer, in both languages. */
async function catalogAnswers(sandbox: TestSandbox): Promise<unknown[]> {
  const answers: unknown[] = [];
  for (const language of ['en-US', 'zh-CN']) {
    for (const type of [1, 2]) {
      answers.push((await sandbox.call('/package/countryPackageList', { partnerCode: PARTNER, type }, { language })).body);
    }
    for (const countryCode of [440, 502, 262, 310]) {
      const body = { partnerCode: PARTNER, type: 1, countryCode };
      answers.push((await sandbox.call('/v1.1/package/packageList', body, { language })).body);
    }
    for (const id of [1000000, 1000021, 1000098, 1000127]) {
      answers.push((await sandbox.call('/v1.1/package/detail', { id }, { language })).body);
    }
  }
  return answers;
}

/** The same pre-orders, at the same clock times. */
async function orderAnswers(sandbox: TestSandbox): Promise<unknown[]> {
  const token = await sandbox.login();
  const answers: unknown[] = [];
  for (let i = 1; i <= 3; i += 1) {
    answers.push((await sandbox.call('/v1.1/package/preOrderPackage', { ...DOC_PRE_ORDER, packageNum: i, money: 5 * i }, { token })).body);
  }
  return answers;
}

describe('determinism', () => {
  const sandboxes: TestSandbox[] = [];
  const start = (seed: string) => {
    const clock = testClock('2026-12-05T03:14:50.958Z');
    return startTestSandbox({ seed, now: clock.now });
  };
  let first: TestSandbox;
  let second: TestSandbox;
  let other: TestSandbox;
  beforeAll(async () => {
    first = await start('seed-a');
    second = await start('seed-a');
    other = await start('seed-b');
    sandboxes.push(first, second, other);
  });
  afterAll(async () => {
    await Promise.all(sandboxes.map((sandbox) => sandbox.close()));
  });

  it('builds identical catalogs from the same seed', () => {
    expect(buildCatalog('seed-a')).toEqual(buildCatalog('seed-a'));
    expect(first.server.sandbox.catalog).toEqual(second.server.sandbox.catalog);
  });

  it('answers identical catalog calls from two sandboxes with the same seed', async () => {
    expect(await catalogAnswers(first)).toEqual(await catalogAnswers(second));
  });

  it('gives identical order numbers, ids and client ids for the same calls', async () => {
    const a = await orderAnswers(first);
    const b = await orderAnswers(second);
    expect(a).toEqual(b);
    expect(a.map((answer) => (answer as { data: { id: number } }).data.id)).toEqual([1055200093, 1055200094, 1055200095]);
    expect(a.map((answer) => (answer as { data: { orderNo: string } }).data.orderNo)).toEqual([
      'ESIM_L202612050000001',
      'ESIM_L202612050000002',
      'ESIM_L202612050000003',
    ]);
  });

  it('keeps ids, codes and prices but varies the informational fields and clientId with another seed', async () => {
    const a = buildCatalog('seed-a');
    const b = buildCatalog('seed-b');
    const fixed = (catalog: typeof a) =>
      catalog.packages.map(({ id, code, prices, cover, flowMb }) => ({ id, code, prices, cover, flowMb }));
    expect(fixed(a)).toEqual(fixed(b));
    expect(a.packages.map((item) => item.saleCount)).not.toEqual(b.packages.map((item) => item.saleCount));
    const clientId = async (sandbox: TestSandbox) =>
      ((await orderAnswers(sandbox))[0] as { data: { clientId: string } }).data.clientId;
    expect(await clientId(other)).not.toBe(await clientId(first));
  });
});
