import 'server-only';
import nodemailer from 'nodemailer';
import type { ComposedMail } from '@/lib/mail/compose';

/** Where the messages go: the configured SMTP server, or the shop's own mail catcher on loopback. */
export type SmtpTarget = { url: string } | { localPort: number };

/** Sends one message over SMTP; resolves once the server accepted it, throws otherwise. */
export function createSmtpSender(target: SmtpTarget): (mail: ComposedMail) => Promise<void> {
  const timeouts = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 };
  const transport =
    'url' in target
      ? nodemailer.createTransport({ url: target.url, ...timeouts })
      : nodemailer.createTransport({ host: '127.0.0.1', port: target.localPort, secure: false, ignoreTLS: true, ...timeouts });
  return async (mail) => {
    await transport.sendMail(mail);
  };
}
