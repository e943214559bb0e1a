import { beforeEach, describe, expect, it } from 'vitest';

import { SANDBOX_ACCOUNT, SANDBOX_CUSTOMER } from '@/lib/sandbox/accounts';
import { md5Hex } from '@/lib/sandbox/md5';
import { webhookBody } from '@/lib/test-support/sandbox-calls';
import { sandboxForSuite } from '@/lib/test-support/sandbox-suite';

const STATUS = '/package/queryOrdStatusAndEmail';
const DETAIL = '/v1.1/order/myEsimDetail';
const WEBHOOK = '/v1.1/payment/webhook';
const OTHER = { email: 'other.traveller@example.com', password: 'other-password' };

describe('accounts and order ownership', () => {
  const sandbox = sandboxForSuite({ acceptedTokens: ['configured-access-token'] }, { reset: true });
  let partner: string;
  let customer: string;
  let other: string;
  beforeEach(async () => {
    partner = await sandbox.login();
    customer = await sandbox.loginAs(SANDBOX_CUSTOMER.email, SANDBOX_CUSTOMER.password);
    const registered = await sandbox.call('/user/emailRegister', {
      email: OTHER.email,
      passwd: md5Hex(OTHER.password),
      partnerCode: SANDBOX_ACCOUNT.partnerCode,
    });
    other = (registered.body.data as { token: string }).token;
  });

  const store = () => sandbox.server.sandbox.state;
  const seenBy = async (token: string, orderId: number) => [
    (await sandbox.call(STATUS, { orderId }, { token, language: 'en' })).body,
    (await sandbox.call(DETAIL, { orderId }, { token, language: 'en' })).body,
    (await sandbox.call(WEBHOOK, webhookBody(orderId), { token, language: 'en' })).body,
  ];

  it('seeds the partner account and the demo customer with their roles', () => {
    expect(SANDBOX_CUSTOMER).toEqual({ email: 'traveller@sandbox.esim-qr-mall.test', password: 'traveller-password', partnerCode: '1000000005' });
    expect(store().accounts.get(SANDBOX_ACCOUNT.email)?.role).toBe('partner');
    expect(store().accounts.get(SANDBOX_CUSTOMER.email)).toMatchObject({ role: 'customer', passwordMd5: md5Hex('traveller-password') });
  });

  it('lets a customer pre-order with its own token and records it as the placing account', async () => {
    const id = await sandbox.preOrder(customer);
    expect(store().orders.get(id)).toMatchObject({ accountEmail: SANDBOX_CUSTOMER.email, partnerCode: SANDBOX_ACCOUNT.partnerCode });
    expect((await sandbox.call(STATUS, { orderId: id }, { token: customer })).body).toMatchObject({ code: 0, data: { orderPayStatus: 0 } });
    expect((await sandbox.call(WEBHOOK, webhookBody(id), { token: customer })).body.code).toBe(0);
    expect((await sandbox.call(DETAIL, { orderId: id }, { token: customer })).body.code).toBe(0);
  });

  it("answers 10008 on all three calls to a customer for another customer's order, like an unknown id", async () => {
    const id = await sandbox.preOrder(customer);
    const unknown = await seenBy(other, 999);
    const foreign = await seenBy(other, id);
    expect(foreign).toEqual(unknown);
    expect(foreign.map((body) => body.code)).toEqual([10008, 10008, 10008]);
    expect(store().orders.get(id)).toMatchObject({ status: 'reserved', reports: [] });
  });

  it("answers 10008 to a customer for the partner's own order", async () => {
    const id = await sandbox.preOrder(partner);
    expect((await seenBy(customer, id)).map((body) => body.code)).toEqual([10008, 10008, 10008]);
    expect(store().orders.get(id)?.status).toBe('reserved');
  });

  it("lets the partner account see and report a customer's order (the shop's back office)", async () => {
    const id = await sandbox.preOrder(customer);
    expect((await sandbox.call(STATUS, { orderId: id }, { token: partner })).body.data).toEqual({ orderPayStatus: 0 });
    expect((await sandbox.call(WEBHOOK, webhookBody(id), { token: partner })).body.code).toBe(0);
    const asPartner = (await sandbox.call(DETAIL, { orderId: id }, { token: partner })).body;
    const asCustomer = (await sandbox.call(DETAIL, { orderId: id }, { token: customer })).body;
    expect(asPartner.code).toBe(0);
    expect(asPartner).toEqual(asCustomer);
  });

  it('treats a token of acceptedTokens as the partner account', async () => {
    const id = await sandbox.preOrder(customer);
    const { body } = await sandbox.call(STATUS, { orderId: id }, { token: 'configured-access-token' });
    expect(body).toMatchObject({ code: 0, data: { orderPayStatus: 0 } });
    const own = await sandbox.preOrder('configured-access-token');
    expect(store().orders.get(own)?.accountEmail).toBe(SANDBOX_ACCOUNT.email);
    expect((await sandbox.call(STATUS, { orderId: own }, { token: partner })).body.code).toBe(0);
  });
});
