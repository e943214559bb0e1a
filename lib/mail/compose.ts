import 'server-only';
import { render } from '@react-email/render';
import QRCode from 'qrcode';
import { createElement } from 'react';
import { appleInstallLink, parseActivationCode } from '@/lib/esim/activation-code';
import type { EsimDetail } from '@/lib/linksfield/types';
import { CustomerEmail, QR_CID, QR_SIZE_PX, subjectOf, type MailEsim } from '@/lib/mail/customer-email';
import { formatMoney } from '@/lib/money';
import type { OutboxMessage } from '@/lib/store/outbox-store';
import type { OrderRecord } from '@/lib/store/records';

/** A message ready for SMTP (nodemailer's fields). */
export type ComposedMail = {
  messageId: string;
  from: string;
  to: string;
  subject: string;
  html: string;
  text: string;
  headers: Record<string, string>;
  attachments: { filename: string; content: Buffer; contentType: string; cid: string; contentDisposition: 'inline' }[];
};

export type ComposeSettings = { from: string; shopUrl: string; supportEmail: string };

export class EsimNotReadyError extends Error {
  constructor() {
    super('The eSIM detail is not available yet');
    this.name = 'EsimNotReadyError';
  }
}

/**
 * The outbox message as an e-mail in the order's language: HTML with a plain-text part, the eSIM's
 * QR code as an inline PNG drawn by the shop (the code is a secret: never a third-party QR service).
 * The Message-ID is the outbox id's, so a message sent again after a lost answer is recognisably
 * the same one.
 */
export async function composeMail(
  message: OutboxMessage,
  order: OrderRecord,
  esim: EsimDetail | null,
  settings: ComposeSettings,
): Promise<ComposedMail> {
  let mailEsim: MailEsim | undefined;
  const attachments: ComposedMail['attachments'] = [];
  if (message.kind === 'esim_ready') {
    const code = esim ? parseActivationCode(esim.activationCode) : null;
    if (!code) throw new EsimNotReadyError();
    mailEsim = { activationCode: code.raw, smdpAddress: code.smdpAddress, matchingId: code.matchingId, appleLink: appleInstallLink(code.raw) };
    const png = await QRCode.toBuffer(code.raw, { type: 'png', errorCorrectionLevel: 'M', margin: 4, width: QR_SIZE_PX });
    attachments.push({ filename: 'esim-qr.png', content: png, contentType: 'image/png', cid: QR_CID, contentDisposition: 'inline' });
  }
  const element = createElement(CustomerEmail, {
    kind: message.kind,
    locale: message.locale,
    orderNo: order.provider.orderNo,
    packageName: order.provider.packageName || order.packageName,
    quantity: order.quantity,
    amount: formatMoney(order.provider.amountMinor, order.provider.currency, order.digits, message.locale),
    clientId: order.provider.clientId,
    orderUrl: `${settings.shopUrl}/orders/${order.ref}`,
    supportEmail: settings.supportEmail,
    esim: mailEsim,
  });
  const [html, text] = await Promise.all([render(element), render(element, { plainText: true })]);
  const host = new URL(settings.shopUrl).hostname || 'esim-qr-mall';
  return {
    messageId: `<${message.id.replace(':', '.')}@${host}>`,
    from: settings.from,
    to: message.recipient,
    subject: subjectOf(message.locale, message.kind, order.provider.orderNo),
    html,
    text,
    headers: { 'Content-Language': message.locale, 'X-Shop-Order': order.provider.orderNo, 'Auto-Submitted': 'auto-generated' },
    attachments,
  };
}
