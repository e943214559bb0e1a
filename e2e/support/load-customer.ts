import { browserFormKey, formFields } from './html-form';

/** The steps of one purchase, in order; every request is timed under one of them. */
export const STEPS = ['home', 'country', 'package', 'pre-order', 'order page', 'pay', 'eSIM page'] as const;
export type Step = (typeof STEPS)[number];

/** One answer that was not what a customer should get: a 5xx, a wrong status, a missing part of a page. */
export type Failure = { step: Step; status: number | null; detail: string };

/** A pre-order the shop confirmed with a redirect to its page, and whether it was paid. */
export type Submission = { ref: string; email: string; orderNo: string | null; paid: boolean; doubled: boolean };

/** One request, for the list of the slowest: when it started (ms into the run) and how long it took. */
export type SlowRequest = { step: Step; path: string; atMs: number; ms: number };

export type LoadLog = {
  startedAt: number;
  latencies: Record<Step, number[]>;
  /** The slowest requests, slowest first (at most 10). */
  slowest: SlowRequest[];
  failures: Failure[];
  serverErrors: number;
  submissions: Submission[];
  /** Whole purchases (browse to QR) per customer. */
  completed: number[];
};

export function newLoadLog(customers: number, startedAt = Date.now()): LoadLog {
  return {
    startedAt,
    slowest: [],
    latencies: Object.fromEntries(STEPS.map((step) => [step, []])) as unknown as Record<Step, number[]>,
    failures: [],
    serverErrors: 0,
    submissions: [],
    completed: Array.from({ length: customers }, () => 0),
  };
}

export type CustomerOptions = {
  baseUrl: string;
  index: number;
  deadline: number;
  log: LoadLog;
  /** One purchase in n submits the order form and the payment twice at once, like a double click. */
  doubleEvery: number;
  requestTimeoutMs: number;
};

const ORDER_PATH = /^\/orders\/[A-Za-z0-9_-]{22}$/;
const QR = 'data-testid="esim-qr"';
const IN_PROGRESS = 'A payment for this order is already under way.';

function noteSlow(log: LoadLog, request: SlowRequest) {
  if (log.slowest.length >= 10 && request.ms <= log.slowest.at(-1)!.ms) return;
  log.slowest.push(request);
  log.slowest.sort((a, b) => b.ms - a.ms);
  log.slowest.length = Math.min(log.slowest.length, 10);
}

/** Stops the purchase under way: the failure is already logged. */
class Abandon extends Error {}

const pick = <T,>(items: readonly T[]): T | undefined => items[Math.floor(Math.random() * items.length)];
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * One simulated customer, over plain HTTP: browse, pre-order through the server-rendered form (with
 * the key its JavaScript mints in a browser: the cached package page carries none), pay with the
 * sandbox card, reload until the QR code shows; again and again until the deadline.
 */
export async function runCustomer(options: CustomerOptions): Promise<void> {
  const { baseUrl, index, deadline, log } = options;
  const cookies = new Map<string, string>();

  async function send(step: Step, path: string, init: RequestInit = {}): Promise<{ status: number; location: string; body: string }> {
    const started = performance.now();
    let status: number | null = null;
    try {
      const response = await fetch(`${baseUrl}${path}`, {
        ...init,
        redirect: 'manual',
        signal: AbortSignal.timeout(options.requestTimeoutMs),
        headers: {
          ...(init.method === 'POST' ? { origin: baseUrl } : {}),
          ...(cookies.size ? { cookie: [...cookies].map(([name, value]) => `${name}=${value}`).join('; ') } : {}),
        },
      });
      status = response.status;
      const body = await response.text();
      const ms = performance.now() - started;
      log.latencies[step].push(ms);
      noteSlow(log, { step, path: `${init.method ?? 'GET'} ${path}`, atMs: Date.now() - ms - log.startedAt, ms });
      for (const header of response.headers.getSetCookie()) {
        const [pair] = header.split(';');
        const at = pair!.indexOf('=');
        if (at > 0) cookies.set(pair!.slice(0, at), pair!.slice(at + 1));
      }
      if (status >= 500) {
        log.serverErrors += 1;
        fail(step, status, `${init.method ?? 'GET'} ${path}`);
      }
      return { status, location: response.headers.get('location') ?? '', body };
    } catch (error) {
      if (error instanceof Abandon) throw error;
      return fail(step, status, `${init.method ?? 'GET'} ${path}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  function fail(step: Step, status: number | null, detail: string): never {
    log.failures.push({ step, status, detail });
    throw new Abandon(detail);
  }

  function expectThat(ok: boolean, step: Step, status: number, detail: string) {
    if (!ok) fail(step, status, detail);
  }

  const post = (step: Step, path: string, fields: Record<string, string>) => {
    const body = new FormData();
    for (const [name, value] of Object.entries(fields)) body.append(name, value);
    return send(step, path, { method: 'POST', body });
  };

  async function purchase(round: number) {
    // Spread over the customers, so some of them double their very first purchase.
    const doubled = (round + index) % options.doubleEvery === 0;
    const home = await send('home', '/en');
    const countries = [...new Set([...home.body.matchAll(/href="(\/en\/countries\/\d{3})"/g)].map((match) => match[1]!))];
    expectThat(home.status === 200 && countries.length > 0, 'home', home.status, 'no destination on the home page');

    const countryPath = pick(countries)!;
    const country = await send('country', countryPath);
    const packages = [...new Set([...country.body.matchAll(/href="(\/en\/packages\/\d+)"/g)].map((match) => match[1]!))];
    expectThat(country.status === 200 && packages.length > 0, 'country', country.status, `no package on ${countryPath}`);

    const packagePath = pick(packages)!;
    const packagePage = await send('package', packagePath);
    expectThat(packagePage.status === 200, 'package', packagePage.status, `GET ${packagePath}`);
    const email = `load-${index}-${round}@example.com`;
    const order = {
      ...formFields(packagePage.body, 'aria-labelledby="order"'),
      idempotencyKey: browserFormKey(),
      quantity: '1',
      email,
      // The customer ticks "My phone supports eSIM and is unlocked".
      compatible: 'on',
    };

    const placed = await Promise.all(Array.from({ length: doubled ? 2 : 1 }, () => post('pre-order', packagePath, order)));
    const locations = new Set(placed.map((answer) => answer.location));
    const [location] = [...locations];
    const refused = placed.find((answer) => answer.status !== 303);
    if (refused) fail('pre-order', refused.status, `POST ${packagePath}: ${/role="alert"[^>]*>([\s\S]{0,300})/.exec(refused.body)?.[1] ?? 'no redirect'}`);
    expectThat(locations.size === 1 && ORDER_PATH.test(location!), 'pre-order', 303, `redirects to ${[...locations].join(', ')}`);
    const submission: Submission = { ref: location!.split('/').pop()!, email, orderNo: null, paid: false, doubled };
    log.submissions.push(submission);

    const orderPage = await send('order page', location!);
    submission.orderNo = /data-testid="order-no"[^>]*>([^<]+)</.exec(orderPage.body)?.[1] ?? null;
    expectThat(
      orderPage.status === 200 && submission.orderNo !== null && orderPage.body.includes('data-stage="awaiting_payment"'),
      'order page',
      orderPage.status,
      `${location} is not awaiting payment`,
    );

    const payment = { ...formFields(orderPage.body, 'name="cvc"'), number: '4242 4242 4242 4242', expiry: '12/34', cvc: '123' };
    const paid = await Promise.all(Array.from({ length: doubled ? 2 : 1 }, () => post('pay', location!, payment)));
    for (const answer of paid) {
      // The second of two payments at once is told that the first is under way.
      const ok = (answer.status === 303 && answer.location === location) || (answer.status === 200 && doubled && answer.body.includes(IN_PROGRESS));
      expectThat(ok, 'pay', answer.status, `POST ${location}: ${answer.location || 'no redirect'}`);
    }
    expectThat(paid.some((answer) => answer.status === 303), 'pay', paid[0]!.status, `POST ${location}: no payment went through`);
    submission.paid = true;

    for (let attempt = 0; ; attempt += 1) {
      const page = await send('eSIM page', location!);
      expectThat(page.status === 200, 'eSIM page', page.status, `GET ${location}`);
      if (page.body.includes(QR) && page.body.includes('data-stage="esim_ready"')) break;
      expectThat(attempt < 10, 'eSIM page', page.status, `${location}: no QR code after ${attempt + 1} loads`);
      await sleep(500);
    }
    log.completed[index]! += 1;
  }

  for (let round = 0; Date.now() < deadline; round += 1) {
    try {
      await purchase(round);
    } catch (error) {
      if (!(error instanceof Abandon)) throw error;
    }
  }
}
