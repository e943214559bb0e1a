import 'server-only';
import type { CallLogStore } from '@/lib/call-log/call-log-store';
import type { Locale } from '@/lib/i18n/locales';
import type { LinksfieldClient } from '@/lib/linksfield/client';
import { withCallContext } from '@/lib/linksfield/call-context';
import type { Country, EsimPackage } from '@/lib/linksfield/types';
import { parseActivationCode } from '@/lib/esim/activation-code';
import { loadEsim } from '@/lib/orders/load-esim';
import { payOrder } from '@/lib/orders/pay-order';
import { placeOrder } from '@/lib/orders/place-order';
import { refreshOrderStage } from '@/lib/orders/refresh-order';
import type { PaymentProvider } from '@/lib/payments/payment-provider';
import { SANDBOX_CARDS } from '@/lib/payments/sandbox-payment';
import type { OrderStore } from '@/lib/store/order-store';

export const FLOW_STEPS = [
  'login',
  'countries',
  'packages',
  'detail',
  'preOrder',
  'payment',
  'webhook',
  'status',
  'esimDetail',
] as const;
export type FlowStepName = (typeof FLOW_STEPS)[number];

export type FlowStep = {
  name: FlowStepName;
  status: 'passed' | 'failed' | 'skipped';
  latencyMs: number;
  /** What happened, for staff: never a secret. */
  detail: string;
  /** Ids of the call-log entries made during the step. */
  callIds: number[];
};

export type FlowCheckResult = { steps: FlowStep[]; orderRef: string | null; passed: boolean };

type Deps = {
  client: LinksfieldClient;
  store: OrderStore;
  payments: PaymentProvider;
  credentials: { email: string; password: string } | undefined;
  locale: Locale;
  /** To tell which of the payment step's calls was the webhook. */
  callLog: Pick<CallLogStore, 'get'>;
  /** Waits between status polls; tests pass a short one. */
  pollDelayMs?: number;
};

class StepFailure extends Error {}

/** Runs the documented purchase flow end to end against the configured upstream, step by step. */
export async function runFlowCheck(deps: Deps): Promise<FlowCheckResult> {
  const steps: FlowStep[] = [];
  let failed = false;
  let country: Country | undefined;
  let pkg: EsimPackage | undefined;
  let orderRef: string | null = null;
  const webhookCallIds: number[] = [];

  async function step(name: FlowStepName, work: () => Promise<string>) {
    if (failed) {
      steps.push({ name, status: 'skipped', latencyMs: 0, detail: '', callIds: [] });
      return;
    }
    const ids: Promise<number | null>[] = [];
    const started = performance.now();
    let status: FlowStep['status'] = 'passed';
    let detail: string;
    try {
      detail = await withCallContext({ collect: (id) => ids.push(id), ...(orderRef ? { orderRef } : {}) }, work);
    } catch (error) {
      failed = true;
      status = 'failed';
      detail = error instanceof Error ? error.message : String(error);
    }
    const latencyMs = Math.round(performance.now() - started);
    const callIds = [...(name === 'webhook' ? webhookCallIds : []), ...(await Promise.all(ids))].filter(
      (id): id is number => id !== null,
    );
    steps.push({ name, status, latencyMs, detail, callIds });
  }

  const { client, locale } = deps;
  await step('login', async () => {
    if (deps.credentials) {
      await client.login(deps.credentials.email, deps.credentials.password, locale);
      return `logged in as ${deps.credentials.email}`;
    }
    const token = await client.probeToken(locale);
    if (token !== 'valid') throw new StepFailure(`the configured token is ${token}`);
    return 'the configured token is accepted';
  });
  await step('countries', async () => {
    const countries = await client.listCountries(locale);
    country = countries.find((candidate) => candidate.mcc === 440) ?? countries[0];
    if (!country) throw new StepFailure('no country on sale');
    return `${countries.length} countries; using ${country.name} (${country.mcc})`;
  });
  await step('packages', async () => {
    const packages = await client.listPackages(country!.mcc, locale);
    pkg = packages.find((candidate) => candidate.prices.length > 0);
    if (!pkg) throw new StepFailure(`no package with a price for ${country!.mcc}`);
    return `${packages.length} packages; using ${pkg.code}`;
  });
  await step('detail', async () => {
    pkg = await client.getPackage(pkg!.id, locale);
    return `${pkg.name}: ${pkg.prices.map((price) => price.currency).join(', ')}`;
  });
  await step('preOrder', async () => {
    const price = pkg!.prices.find((candidate) => candidate.currency === 'USD') ?? pkg!.prices[0]!;
    const placed = await placeOrder(
      {
        packageId: pkg!.id,
        packageCode: pkg!.code,
        currency: price.currency,
        quantity: 1,
        periods: pkg!.minPeriods,
        email: 'flow-check@staff.invalid',
      },
      locale,
      { client, store: deps.store },
    );
    if (!placed.ok) throw new StepFailure(`refused: ${JSON.stringify(placed.formError ?? placed.fieldErrors)}`);
    orderRef = placed.ref;
    const order = await deps.store.findByRef(placed.ref);
    return `order ${order?.provider.orderNo} (${order?.provider.orderId})`;
  });
  let paid: Awaited<ReturnType<typeof payOrder>> | undefined;
  await step('payment', async () => {
    paid = await payOrder(
      orderRef!,
      { number: SANDBOX_CARDS.succeeds, expiry: '12/99', cvc: '123' },
      locale,
      { store: deps.store, client, payments: deps.payments },
    );
    if (paid.kind !== 'charged') throw new StepFailure(`payment ${paid.kind}`);
    return `charged by the ${deps.payments.name} payment provider`;
  });
  await step('webhook', async () => {
    // Paying sends the webhook itself: show that call under this step rather than under the payment.
    const payment = steps.find((candidate) => candidate.name === 'payment');
    if (payment) {
      const entries = await Promise.all(payment.callIds.map((id) => deps.callLog.get(id)));
      const webhookIds = entries.filter((entry) => entry?.endpoint.endsWith('/payment/webhook')).map((entry) => entry!.id);
      payment.callIds = payment.callIds.filter((id) => !webhookIds.includes(id));
      webhookCallIds.push(...webhookIds);
    }
    const report = await deps.store.findPaymentReport(orderRef!);
    if (report?.state !== 'answered' || report.code !== 0) {
      throw new StepFailure(`payment report ${report?.state ?? 'missing'}, code ${report?.code ?? 'none'}`);
    }
    return 'payment reported, code 0';
  });
  await step('status', async () => {
    for (let attempt = 0; attempt < 10; attempt += 1) {
      const order = await deps.store.findByRef(orderRef!);
      const { stage } = await refreshOrderStage(order!, locale, { store: deps.store, client });
      if (stage.kind === 'esim_ready') return `paid after ${attempt + 1} poll(s)`;
      if (stage.kind !== 'paid') throw new StepFailure(`stage ${stage.kind}`);
      await new Promise((resolve) => setTimeout(resolve, deps.pollDelayMs ?? 1000));
    }
    throw new StepFailure('still not paid after 10 polls');
  });
  await step('esimDetail', async () => {
    const order = await deps.store.findByRef(orderRef!);
    const esim = await loadEsim(order!, locale);
    if (!esim) throw new StepFailure('no eSIM detail');
    const parsed = parseActivationCode(esim.activationCode);
    if (!parsed) throw new StepFailure('the activation code does not parse');
    return `ICCID ${esim.iccid ?? 'none'}, SM-DP+ ${parsed.smdpAddress}`;
  });
  return { steps, orderRef, passed: !failed };
}
