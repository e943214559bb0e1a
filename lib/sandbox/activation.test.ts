import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { activationCodeFor, iccidFor, luhnDigit, matchingIdFor } from '@/lib/sandbox/activation';
import { FIRST_ORDER_ID } from '@/lib/sandbox/orders';
import { startTestSandbox, testClock, webhookBody, type TestSandbox } from '@/lib/test-support/sandbox-calls';

const MATCHING_ID = /^[0-9A-Z]{5}-[0-9A-Z]{5}-[0-9A-Z]{5}-[0-9A-Z]{5}-[0-9A-Z]{5}$/;

type Issued = { qrCode: string; iccid: string; activationCode: string };

/** Pays three pre-orders and returns what myEsimDetail shows for them. */
async function issueThree(sandbox: TestSandbox): Promise<Issued[]> {
  const token = await sandbox.login();
  const issued: Issued[] = [];
  for (let i = 0; i < 3; i += 1) {
    const id = await sandbox.preOrder(token);
    await sandbox.call('/v1.1/payment/webhook', webhookBody(id), { token });
    const { qrCode, iccid, activationCode } = (await sandbox.call('/v1.1/order/myEsimDetail', { orderId: id }, { token })).body.data as Issued;
    issued.push({ qrCode, iccid, activationCode });
  }
  return issued;
}

describe('activation codes and ICCIDs', () => {
  const sandboxes: TestSandbox[] = [];
  const start = (seed: string) => startTestSandbox({ seed, now: testClock('2026-12-05T03:14:50.958Z').now });
  beforeAll(async () => {
    sandboxes.push(await start('seed-a'), await start('seed-a'), await start('seed-b'));
  });
  afterAll(async () => {
    await Promise.all(sandboxes.map((sandbox) => sandbox.close()));
  });

  it('issues the same codes and ICCIDs from two sandboxes with the same seed, other ones with another seed', async () => {
    const [first, second, other] = sandboxes;
    if (!first || !second || !other) throw new Error('sandboxes not started');
    const a = await issueThree(first);
    const b = await issueThree(second);
    const c = await issueThree(other);
    expect(a).toEqual(b);
    expect(new Set(a.map((item) => item.activationCode)).size).toBe(3);
    expect(new Set(a.map((item) => item.iccid)).size).toBe(3);
    for (const [index, item] of a.entries()) {
      expect(item.activationCode).not.toBe(c[index]?.activationCode);
      expect(item.iccid).not.toBe(c[index]?.iccid);
    }
  });

  it('derives them from the seed and the order id alone', () => {
    expect(matchingIdFor('seed-a', FIRST_ORDER_ID)).toBe(matchingIdFor('seed-a', FIRST_ORDER_ID));
    expect(matchingIdFor('seed-a', FIRST_ORDER_ID)).toMatch(MATCHING_ID);
    expect(activationCodeFor('seed-a', FIRST_ORDER_ID)).toBe(`LPA:1$rsp-0001.linksfield.net$${matchingIdFor('seed-a', FIRST_ORDER_ID)}`);
    expect(iccidFor('seed-a', FIRST_ORDER_ID)).toBe(iccidFor('seed-a', FIRST_ORDER_ID));
  });

  it('gives every order its own well-formed matching id and ICCID', () => {
    const codes = new Set<string>();
    const iccids = new Set<string>();
    for (let id = FIRST_ORDER_ID; id < FIRST_ORDER_ID + 5000; id += 1) {
      const code = matchingIdFor('seed-a', id);
      const iccid = iccidFor('seed-a', id);
      expect(code).toMatch(MATCHING_ID);
      expect(iccid).toMatch(/^8985\d{16}$/);
      expect(Number(iccid.at(-1))).toBe(luhnDigit(iccid.slice(0, -1)));
      codes.add(code);
      iccids.add(iccid);
    }
    expect(codes.size).toBe(5000);
    expect(iccids.size).toBe(5000);
  });

  it('does not show the order id in the matching id of consecutive orders', () => {
    const tails = [0, 1, 2].map((offset) => matchingIdFor('seed-a', FIRST_ORDER_ID + offset).slice(-11));
    expect(new Set(tails).size).toBe(3);
    expect(tails.every((tail) => !tail.includes(String(FIRST_ORDER_ID)))).toBe(true);
  });
});
