import 'server-only';
import { getEnv } from '@/lib/env';
import { onePerProcess } from '@/lib/one-per-process';
import { loadEsim } from '@/lib/orders/load-esim';
import { deliverDue, type MailDependencies } from '@/lib/mail/deliver';
import { startMailCatcher, type MailCatcher } from '@/lib/mail/mail-catcher';
import { redactCaughtMail } from '@/lib/mail/redact-mail';
import { createSmtpSender } from '@/lib/mail/smtp-transport';
import { getStores } from '@/lib/store';

export type { CaughtMail, MailCatcher } from '@/lib/mail/mail-catcher';
export { redactCaughtMail } from '@/lib/mail/redact-mail';
export { MAIL_KINDS, type MailKind, type OutboxMessage } from '@/lib/store/outbox-store';

type MailState = { catcher: MailCatcher | null; started: Promise<void> | null };

// One per process: the schedule starts from instrumentation, the console reads the catcher from routes.
const mailState = () => onePerProcess<MailState>('mail', () => ({ catcher: null, started: null }));

/** The loopback catcher, when SMTP_URL is unset and the schedule runs in this process; else null. */
export function getMailCatcher(): MailCatcher | null {
  return mailState().catcher;
}

/** The console's Outbox: the latest messages and their deliveries, and what the catcher received. */
export async function readOutbox() {
  const env = getEnv();
  const catcher = getMailCatcher();
  return {
    messages: await getStores().outbox.listRecent(100),
    catcher: catcher ? { port: catcher.port, received: (await catcher.messages()).reverse().map(redactCaughtMail) } : null,
    // The server's host only: the URL may carry its password.
    smtpHost: env.mail.smtpUrl ? new URL(env.mail.smtpUrl).host : null,
  };
}

/**
 * Starts delivering the outbox in this process: to SMTP_URL, or to the shop's own mail catcher on
 * loopback (the embedded default; staff read it in the console's Outbox). Every instance runs one;
 * the outbox's leases keep them from sending a message twice. Runs never overlap.
 */
export function startMailSchedule(): Promise<void> {
  const state = mailState();
  if (state.started) return state.started;
  state.started = (async () => {
    const env = getEnv();
    if (!env.mail.smtpUrl) state.catcher = await startMailCatcher();
    const deps: MailDependencies = {
      stores: getStores(),
      send: createSmtpSender(state.catcher ? { localPort: state.catcher.port } : { url: env.mail.smtpUrl! }),
      loadEsim: (order) => loadEsim(order, order.locale),
      settings: { from: env.mail.from, shopUrl: env.mail.shopUrl, supportEmail: env.supportEmail },
      leaseMs: env.mail.leaseMs,
      retryBaseMs: env.mail.retryBaseMs,
    };
    if (state.catcher) console.info(`[mail] SMTP_URL unset: messages go to the mail catcher on 127.0.0.1:${state.catcher.port} (staff: Outbox)`);
    let running = false;
    const run = async () => {
      if (running) return;
      running = true;
      try {
        for (const delivery of await deliverDue(deps)) {
          if (!delivery.sent) console.warn(`[mail] ${delivery.id} not sent, tried again later: ${delivery.error}`);
        }
      } catch (error) {
        console.error(`[mail] delivery pass failed: ${error instanceof Error ? error.message : String(error)}`);
      } finally {
        running = false;
      }
    };
    setInterval(run, env.mail.intervalMs).unref();
  })();
  return state.started;
}
