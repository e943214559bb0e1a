import { expect, type APIRequestContext } from '@playwright/test';
import { decodeQrFromPng } from './qr';

/** A message as the shop's mail catcher received and parsed it (`GET /api/staff/mailbox`). */
export type CaughtMail = {
  messageId: string | null;
  subject: string;
  to: string[];
  language: string | null;
  text: string;
  html: string;
  attachments: { cid: string | null; contentType: string; contentBase64: string }[];
};

/** The messages the catcher received for one address, oldest first (staff: a staff context's request). */
export async function mailTo(staff: APIRequestContext, address: string): Promise<CaughtMail[]> {
  // In full: on the built-in sandbox the tests may read the activation code the message carries.
  const response = await staff.get('/api/staff/mailbox?full=1');
  expect(response.ok(), await response.text()).toBe(true);
  const { messages } = (await response.json()) as { messages: CaughtMail[] };
  return messages.filter((mail) => mail.to.includes(address));
}

/** The text of the QR code a message carries as an inline PNG; null without one. */
export function qrOf(mail: CaughtMail): string | null {
  const png = mail.attachments.find((attachment) => attachment.contentType === 'image/png');
  return png ? decodeQrFromPng(Buffer.from(png.contentBase64, 'base64')) : null;
}
