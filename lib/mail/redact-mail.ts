import type { CaughtMail } from '@/lib/mail/mail-catcher';

const LPA = /LPA:1\$[^\s<>"'&]+/g;
const REDACTED = '[activation code hidden]';

/**
 * A caught message as staff may see it: without the eSIM's activation code (whole, or its matching
 * id alone, also inside Apple's link) and without the QR image. Staff never see what installs a
 * customer's eSIM, in the console as in the call log.
 */
export function redactCaughtMail(mail: CaughtMail): CaughtMail {
  const codes = new Set([...`${mail.text}\n${mail.html}`.matchAll(LPA)].map(([code]) => code));
  const secrets = [...codes].flatMap((code) => [code, encodeURIComponent(code), code.split('$')[2] ?? '']).filter((secret) => secret.length >= 4);
  // Longest first: the whole code before the matching id inside it.
  secrets.sort((a, b) => b.length - a.length);
  const hide = (text: string) => secrets.reduce((result, secret) => result.split(secret).join(REDACTED), text);
  return {
    ...mail,
    subject: hide(mail.subject),
    text: hide(mail.text),
    html: hide(mail.html),
    attachments: mail.attachments.map((attachment) => ({ ...attachment, contentBase64: attachment.contentType.startsWith('image/') ? '' : attachment.contentBase64 })),
  };
}
