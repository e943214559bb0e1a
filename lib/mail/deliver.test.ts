import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { EsimDetail } from '@/lib/linksfield/types';
import { deliverDue, retryDelayMs, type MailDependencies } from '@/lib/mail/deliver';
import { startMailCatcher, type MailCatcher } from '@/lib/mail/mail-catcher';
import { createSmtpSender } from '@/lib/mail/smtp-transport';
import { newOrderRef } from '@/lib/store/records';
import { memoryStores } from '@/lib/test-support/databases';
import { sampleOrder } from '@/lib/test-support/sample-order';

vi.mock('server-only', () => ({}));

const CODE = 'LPA:1$rsp-0001.linksfield.net$5H9MY-PTG45-3F5YM-ZFP9V';
const ESIM: EsimDetail = {
  orderId: 1055200093,
  orderNo: 'ESIM_L1',
  iccid: '8985200012345678901',
  packageName: 'Japan 1GB 7 Days',
  activationCode: CODE,
  smdpAddress: 'rsp-0001.linksfield.net',
  matchingId: '5H9MY-PTG45-3F5YM-ZFP9V',
  status: 'ACTIVE',
  dataMb: 1024,
  usedMb: null,
  validFrom: null,
  validTo: null,
};

let catcher: MailCatcher;
beforeAll(async () => {
  catcher = await startMailCatcher();
});
afterAll(async () => {
  await catcher.close();
});

const opened: { close(): Promise<void> }[] = [];
afterEach(async () => {
  for (const stores of opened.splice(0)) await stores.close();
});

function setUp(overrides: Partial<MailDependencies> = {}) {
  const stores = memoryStores();
  opened.push(stores);
  let clock = new Date('2026-12-07T10:00:00.000Z');
  const deps: MailDependencies = {
    stores,
    send: createSmtpSender({ localPort: catcher.port }),
    loadEsim: async () => ESIM,
    settings: { from: 'eSIM QR Mall <support@esim-qr-mall.test>', shopUrl: 'https://shop.example', supportEmail: 'support@esim-qr-mall.test' },
    now: () => clock,
    retryBaseMs: 1_000,
    ...overrides,
  };
  return { stores, deps, now: () => clock, advance: (ms: number) => (clock = new Date(clock.getTime() + ms)) };
}

const mailTo = async (address: string) => (await catcher.messages()).filter((mail) => mail.to.includes(address));

function decodeQr(base64: string): string | null {
  const image = PNG.sync.read(Buffer.from(base64, 'base64'));
  return jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data ?? null;
}

describe('the outbox, delivered over SMTP', () => {
  it('sends the order received message once, in the order\'s language, with a plain-text part', async () => {
    const { stores, deps } = setUp();
    const ref = newOrderRef();
    const email = `received-${ref}@example.com`;
    await stores.orders.insert(sampleOrder(ref, { email, locale: 'zh-HK' }));
    expect(await deliverDue(deps)).toEqual([{ id: `order_received:${ref}`, sent: true }]);
    expect(await deliverDue(deps)).toEqual([]);
    const [mail, ...more] = await mailTo(email);
    expect(more).toEqual([]);
    const order = sampleOrder(ref);
    expect(mail!.subject).toBe(`你的訂單 ${order.provider.orderNo} 已預留`);
    expect(mail!.language).toBe('zh-HK');
    expect(mail!.html).toContain('lang="zh-HK"');
    expect(mail!.text).toContain(`https://shop.example/orders/${ref}`);
    expect(mail!.text).toContain(order.provider.clientId);
    expect(mail!.messageId).toBe(`<order_received.${ref}@shop.example>`);
    expect((await stores.outbox.listByOrder(ref))[0]).toMatchObject({ state: 'sent', attempts: 1 });
  });

  it('sends the eSIM with its QR code as an inline image that reads as the activation code, and the words to keep it', async () => {
    const { stores, deps } = setUp();
    const ref = newOrderRef();
    const email = `esim-${ref}@example.com`;
    await stores.orders.insert(sampleOrder(ref, { email, locale: 'en' }));
    await stores.orders.setProviderPayStatus(ref, 'paid', '2026-12-07T10:00:00.000Z');
    expect((await deliverDue(deps)).map((delivery) => delivery.sent)).toEqual([true, true]);
    const esimMail = (await mailTo(email)).find((mail) => mail.subject.startsWith('Your eSIM'))!;
    const qr = esimMail.attachments.find((attachment) => attachment.contentType === 'image/png')!;
    expect(esimMail.html).toContain(`cid:${qr.cid}`);
    expect(decodeQr(qr.contentBase64)).toBe(CODE);
    expect(esimMail.html).toMatch(/alt="QR code to install the eSIM: SM-DP\+ address rsp-0001\.linksfield\.net, activation code 5H9MY-PTG45-3F5YM-ZFP9V"/);
    expect(esimMail.text).toContain(CODE);
    expect(esimMail.text).toContain('do not delete it');
    expect(esimMail.html).toContain('https://esimsetup.apple.com/esim_qrcode_provisioning?carddata=');
  });

  it('keeps a message through an SMTP outage and sends it once when the server takes mail again', async () => {
    const { stores, deps, advance } = setUp();
    const ref = newOrderRef();
    const email = `outage-${ref}@example.com`;
    await stores.orders.insert(sampleOrder(ref, { email }));
    catcher.refuseUntil(new Date(Date.now() + 60_000));
    const [refused] = await deliverDue(deps);
    expect(refused).toMatchObject({ sent: false, error: expect.stringContaining('451') });
    // Not due again before its retry time.
    advance(500);
    expect(await deliverDue(deps)).toEqual([]);
    advance(1_000);
    expect(await deliverDue(deps)).toEqual([expect.objectContaining({ sent: false })]);
    catcher.refuseUntil(new Date(0));
    advance(retryDelayMs(2, 1_000));
    expect(await deliverDue(deps)).toEqual([{ id: `order_received:${ref}`, sent: true }]);
    expect(await mailTo(email)).toHaveLength(1);
    expect((await stores.outbox.listByOrder(ref))[0]).toMatchObject({ state: 'sent', attempts: 3, lastError: null });
  });

  it('waits for the eSIM when the provider cannot give it yet, and never sends a message without it', async () => {
    let esim: EsimDetail | null = null;
    const { stores, deps, now, advance } = setUp({ loadEsim: async () => esim });
    const ref = newOrderRef();
    const email = `later-${ref}@example.com`;
    await stores.orders.insert(sampleOrder(ref, { email, locale: 'en' }));
    // At the test's clock: the real one would make the message due only hours after it.
    await stores.orders.setProviderPayStatus(ref, 'paid', now().toISOString());
    const first = await deliverDue(deps);
    expect(first.find((delivery) => delivery.id.startsWith('esim_ready'))).toMatchObject({ sent: false, error: expect.stringContaining('EsimNotReady') });
    esim = ESIM;
    advance(1_000);
    expect(await deliverDue(deps)).toEqual([{ id: `esim_ready:${ref}`, sent: true }]);
    expect((await mailTo(email)).map((mail) => mail.subject.split(' ')[0])).toEqual(['Your', 'Your']);
  });

  it('sends each message once when senders run at the same time', async () => {
    const { stores, deps } = setUp();
    const refs = Array.from({ length: 4 }, () => newOrderRef());
    for (const ref of refs) await stores.orders.insert(sampleOrder(ref, { email: `many-${ref}@example.com` }));
    const runs = await Promise.all([deliverDue(deps), deliverDue(deps), deliverDue(deps)]);
    expect(runs.flat().filter((delivery) => delivery.sent)).toHaveLength(4);
    for (const ref of refs) expect(await mailTo(`many-${ref}@example.com`)).toHaveLength(1);
  });

  it('backs off: 1, 2, 4 ... times the first delay, at most a quarter of an hour', () => {
    expect([1, 2, 3, 4].map((attempt) => retryDelayMs(attempt))).toEqual([5_000, 10_000, 20_000, 40_000]);
    expect(retryDelayMs(30)).toBe(15 * 60_000);
  });
});
