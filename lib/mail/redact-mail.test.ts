import { describe, expect, it } from 'vitest';
import type { CaughtMail } from '@/lib/mail/mail-catcher';
import { redactCaughtMail } from '@/lib/mail/redact-mail';

const CODE = 'LPA:1$rsp-0001.linksfield.net$5H9MY-PTG45-3F5YM-ZFP9V';
const mail: CaughtMail = {
  receivedAt: '2026-12-07T10:00:00.000Z',
  envelope: { from: 'shop@example.com', to: ['a@example.com'] },
  messageId: '<esim_ready.x@shop>',
  subject: 'Your eSIM for order ESIM_L1 is ready',
  from: 'shop@example.com',
  to: ['a@example.com'],
  language: 'en',
  text: `Activation code (matching ID): 5H9MY-PTG45-3F5YM-ZFP9V\nFull activation code: ${CODE}`,
  html: `<a href="https://esimsetup.apple.com/esim_qrcode_provisioning?carddata=${encodeURIComponent(CODE)}">Install</a><span>${CODE}</span>`,
  attachments: [{ cid: 'esim-qr@esim-qr-mall', contentType: 'image/png', filename: 'esim-qr.png', contentBase64: 'iVBORw0KGgo=' }],
};

describe('a caught message as staff see it', () => {
  it('hides the activation code, its matching id and the QR image, and keeps the rest', () => {
    const shown = redactCaughtMail(mail);
    const all = JSON.stringify(shown);
    expect(all).not.toContain('5H9MY-PTG45-3F5YM-ZFP9V');
    expect(all).not.toContain('iVBORw0KGgo=');
    expect(shown.text).toBe('Activation code (matching ID): [activation code hidden]\nFull activation code: [activation code hidden]');
    expect(shown.subject).toBe(mail.subject);
    expect(shown.html).toContain('esimsetup.apple.com');
    expect(shown.attachments[0]).toMatchObject({ cid: 'esim-qr@esim-qr-mall', contentType: 'image/png', contentBase64: '' });
  });

  it('leaves a message without a code as it is', () => {
    const plain = { ...mail, text: 'Your order is reserved', html: '<p>Your order is reserved</p>', attachments: [] };
    expect(redactCaughtMail(plain)).toEqual(plain);
  });
});
