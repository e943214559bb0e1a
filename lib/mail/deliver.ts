import 'server-only';
import type { EsimDetail } from '@/lib/linksfield/types';
import { composeMail, type ComposedMail, type ComposeSettings } from '@/lib/mail/compose';
import type { OutboxMessage, OutboxStore } from '@/lib/store/outbox-store';
import type { OrdersStore } from '@/lib/store/orders-store';
import type { OrderRecord } from '@/lib/store/records';

export type MailDependencies = {
  stores: { orders: Pick<OrdersStore, 'findByRef'>; outbox: OutboxStore };
  /** Hands the message to the SMTP server; throws when it was not accepted. */
  send: (mail: ComposedMail) => Promise<void>;
  /** The eSIM of a paid order, or null while the provider cannot say (tried again later). */
  loadEsim: (order: OrderRecord) => Promise<EsimDetail | null>;
  settings: ComposeSettings;
  now?: () => Date;
  /** How long a claim holds a message: longer than one send can take (nodemailer's timeouts). */
  leaseMs?: number;
  /** The first retry's delay; each further one doubles, up to RETRY_CAP_MS. */
  retryBaseMs?: number;
  batch?: number;
};

const RETRY_CAP_MS = 15 * 60_000;

/** When a message that failed on its `attempt`-th try is tried again: 5 s, 10 s, 20 s, ... at most 15 minutes. */
export function retryDelayMs(attempt: number, baseMs = 5_000): number {
  return Math.min(baseMs * 2 ** Math.max(0, attempt - 1), RETRY_CAP_MS);
}

export type Delivery = { id: string; sent: boolean; error?: string };

/**
 * Sends the outbox messages that are due, each claimed first so no other instance sends it at the
 * same time. A failure (SMTP refused or unreachable, the eSIM not yet readable) leaves the message
 * queued for a later try, never dropped; only the claim that sent it marks it sent.
 */
export async function deliverDue(deps: MailDependencies): Promise<Delivery[]> {
  const now = deps.now ?? (() => new Date());
  const started = now();
  const claimed = await deps.stores.outbox.claimDue(
    started.toISOString(),
    new Date(started.getTime() + (deps.leaseMs ?? 120_000)).toISOString(),
    deps.batch ?? 10,
  );
  const done: Delivery[] = [];
  for (const message of claimed) done.push(await deliverOne(message, deps, now));
  return done;
}

async function deliverOne(message: OutboxMessage, deps: MailDependencies, now: () => Date): Promise<Delivery> {
  try {
    const order = await deps.stores.orders.findByRef(message.orderRef);
    if (!order) throw new Error(`no order ${message.orderRef}`);
    const esim = message.kind === 'esim_ready' ? await deps.loadEsim(order) : null;
    await deps.send(await composeMail(message, order, esim, deps.settings));
    await deps.stores.outbox.markSent(message.id, message.attempts, now().toISOString());
    return { id: message.id, sent: true };
  } catch (failure) {
    const error = failure instanceof Error ? `${failure.name}: ${failure.message}` : String(failure);
    const next = new Date(now().getTime() + retryDelayMs(message.attempts, deps.retryBaseMs)).toISOString();
    await deps.stores.outbox.retryLater(message.id, message.attempts, next, error);
    return { id: message.id, sent: false, error };
  }
}
