import { Window } from 'happy-dom';
import ts from 'typescript';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createPayPalClient } from '@/lib/paypal/orders-client';
import { PAYPAL_APPROVAL_WINDOW, PAYPAL_SDK_PATH, PAYPAL_SDK_SCRIPT, SANDBOX_PAYPAL, startSandboxServer, type SandboxServer } from '@/lib/sandbox';

/*
 * The SDK stand-in's contract, as @paypal/react-paypal-js and the shop use it: the served script
 * loaded into a page of happy-dom (another origin than the sandbox, so CORS is exercised too),
 * calling a real sandbox over HTTP. A happy-dom Window of its own per test rather than the Vitest
 * environment: the script runs in that window's own context, as in a browser.
 */

let server: SandboxServer;
beforeAll(async () => {
  server = await startSandboxServer({ port: 0 });
});
afterAll(() => server.close());

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- answers read loosely, checked by expect
type Actions = Json;
type Buttons = { isEligible(): boolean; render(target: unknown): Promise<void>; close(): Promise<void> };
type PayPalNamespace = { version: string; Buttons(options: Json): Buttons; FUNDING: Record<string, string> };

const pages: Window[] = [];
afterEach(async () => {
  await Promise.all(pages.splice(0).map((page) => page.happyDOM.close()));
});

/** A shop page that loads the SDK stand-in the way react-paypal-js does (a <script> with query and data attributes). */
async function loadSdk({ clientId = 'provider-client-id', namespace }: { clientId?: string; namespace?: string } = {}) {
  const window = new Window({
    url: 'http://shop.test/en/orders/ref-1',
    settings: { enableJavaScriptEvaluation: true, suppressInsecureJavaScriptEnvironmentWarning: true },
  });
  pages.push(window);
  const { document } = window;
  document.body.innerHTML = '<main><div id="paypal-buttons"></div></main>';
  const script = document.createElement('script');
  script.src = `${server.url}${PAYPAL_SDK_PATH}?client-id=${clientId}&currency=USD&intent=capture&components=buttons`;
  script.setAttribute('data-js-sdk-library', 'paypal-js');
  // A script inserted by code is async in browsers; happy-dom would fetch it synchronously without
  // the attribute, blocking the event loop of the sandbox it fetches from.
  script.async = true;
  if (namespace) script.setAttribute('data-namespace', namespace);
  const loaded = new Promise<void>((resolve, reject) => {
    script.addEventListener('load', () => resolve());
    script.addEventListener('error', () => reject(new Error('the SDK did not load')));
  });
  document.head.appendChild(script);
  await loaded;
  const paypal = (window as unknown as Record<string, PayPalNamespace | undefined>)[namespace ?? 'paypal'];
  if (!paypal) throw new Error('the SDK set no namespace');
  const container = document.querySelector('#paypal-buttons') as unknown as HTMLElement;
  return { window, document, paypal, container };
}

type Page = Awaited<ReturnType<typeof loadSdk>>;

async function until<T>(read: () => T | null | undefined | false, what: string): Promise<T> {
  const deadline = Date.now() + 5_000;
  for (;;) {
    const value = read();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

const payPalButton = (page: Page) => page.container.querySelector('button') as HTMLButtonElement | null;
const openDialog = (page: Page) => until(() => page.document.querySelector('dialog') as unknown as HTMLDialogElement | null, 'the approval window');
const choice = (dialog: HTMLDialogElement, name: string) => {
  const found = [...dialog.querySelectorAll('button')].find((button) => button.textContent === name);
  if (!found) throw new Error(`no button ${name}`);
  return found;
};

/** The provider-collects createOrder: the order made in the browser with the pre-order's amount. */
const createInBrowser = (value = '12.50') => (_data: Json, actions: Actions) =>
  actions.order.create({ intent: 'CAPTURE', purchase_units: [{ reference_id: 'ref-1', amount: { currency_code: 'USD', value } }] }) as Promise<string>;

describe('the PayPal SDK stand-in', () => {
  it('sets window.paypal, is eligible, renders a button named PayPal and honours onInit’s enable and disable', async () => {
    const page = await loadSdk();
    expect(page.paypal.version).toMatch(/^5\./);
    expect(page.paypal.FUNDING.PAYPAL).toBe('paypal');
    let initActions: Actions | undefined;
    const buttons = page.paypal.Buttons({ createOrder: createInBrowser(), onInit: (_data: Json, actions: Actions) => (initActions = actions) });
    expect(buttons.isEligible()).toBe(true);
    await buttons.render('#paypal-buttons');
    const button = payPalButton(page)!;
    expect(button.tagName).toBe('BUTTON');
    expect(button.type).toBe('button');
    expect(button.textContent).toBe('PayPal');
    expect(button.hasAttribute('aria-label')).toBe(false);
    // Styled through the CSSOM, which a CSP without 'unsafe-inline' allows.
    expect(button.style.background).not.toBe('');

    await initActions!.disable();
    expect(button.disabled).toBe(true);
    await initActions!.enable();
    expect(button.disabled).toBe(false);
  });

  it('renders into an element as well as a selector, and close() removes the button', async () => {
    const page = await loadSdk();
    const buttons = page.paypal.Buttons({ createOrder: createInBrowser() });
    await buttons.render(page.container);
    expect(payPalButton(page)).not.toBeNull();
    await buttons.close();
    expect(payPalButton(page)).toBeNull();
    await expect(page.paypal.Buttons({}).render('#nowhere')).rejects.toThrow(/does not exist/);
  });

  it('click, createOrder, the approval window, Approve, onApprove whose capture is COMPLETED', async () => {
    const page = await loadSdk({ clientId: 'provider-approve' });
    const approved = vi.fn(async (data: Json, actions: Actions) => ({ data, order: await actions.order.capture() }));
    await page.paypal.Buttons({ createOrder: createInBrowser('12.50'), onApprove: approved }).render('#paypal-buttons');
    payPalButton(page)!.click();

    const dialog = await openDialog(page);
    expect(dialog.open).toBe(true);
    const title = page.document.getElementById(dialog.getAttribute('aria-labelledby')!);
    expect(title?.textContent).toBe(PAYPAL_APPROVAL_WINDOW.title);
    expect(dialog.textContent).toContain('12.50 USD');
    expect([...dialog.querySelectorAll('button')].map((button) => button.textContent)).toEqual([
      'Approve',
      'Approve with a card that will be declined',
      'Approve, capture stays pending',
      'Cancel',
    ]);
    expect(dialog.contains(page.document.activeElement as unknown as Node)).toBe(true);

    choice(dialog, PAYPAL_APPROVAL_WINDOW.approve).click();
    await until(() => approved.mock.results[0]?.value, 'onApprove');
    const { data, order } = await approved.mock.results[0]!.value;
    expect(data).toMatchObject({ orderID: expect.stringMatching(/^[0-9A-Z]{17}$/), payerID: expect.stringMatching(/^[0-9A-Z]{13}$/) });
    expect(order).toMatchObject({ id: data.orderID, status: 'COMPLETED', purchase_units: [{ payments: { captures: [{ status: 'COMPLETED' }] } }] });
    expect(page.document.querySelector('dialog')).toBeNull();
    expect(page.document.activeElement).toBe(payPalButton(page));
    const captures = server.sandbox.control.payPalSnapshot().captures.filter((capture) => capture.merchant === 'provider-approve');
    expect(captures).toEqual([expect.objectContaining({ orderId: data.orderID, status: 'COMPLETED', amount: { currency_code: 'USD', value: '12.50' } })]);
  });

  it('Cancel, and Escape, call onCancel with the order id and approve nothing', async () => {
    const page = await loadSdk({ clientId: 'provider-cancel' });
    const onCancel = vi.fn();
    const onApprove = vi.fn();
    await page.paypal.Buttons({ createOrder: createInBrowser(), onApprove, onCancel }).render('#paypal-buttons');

    payPalButton(page)!.click();
    choice(await openDialog(page), PAYPAL_APPROVAL_WINDOW.cancel).click();
    await until(() => onCancel.mock.calls.length === 1, 'onCancel');
    expect(onCancel.mock.calls[0]![0]).toEqual({ orderID: expect.stringMatching(/^[0-9A-Z]{17}$/) });
    expect(page.document.activeElement).toBe(payPalButton(page));

    payPalButton(page)!.click();
    const dialog = await openDialog(page);
    dialog.dispatchEvent(new page.window.KeyboardEvent('keydown', { key: 'Escape', bubbles: true }) as unknown as Event);
    await until(() => onCancel.mock.calls.length === 2, 'onCancel after Escape');
    expect(page.document.querySelector('dialog')).toBeNull();
    expect(onApprove).not.toHaveBeenCalled();
    expect(server.sandbox.control.payPalSnapshot().orders.filter((order) => order.merchant === 'provider-cancel').map((order) => order.status)).toEqual([
      'CREATED',
      'CREATED',
    ]);
  });

  it('a declined card rejects the capture with INSTRUMENT_DECLINED; restart() reopens the window on the same order', async () => {
    const page = await loadSdk({ clientId: 'provider-decline' });
    const seen: { orderID: string; error?: Error & { details?: { issue: string }[] }; order?: Json }[] = [];
    const onApprove = async (data: Json, actions: Actions) => {
      try {
        seen.push({ orderID: data.orderID, order: await actions.order.capture() });
      } catch (error) {
        seen.push({ orderID: data.orderID, error: error as Error });
        return actions.restart();
      }
    };
    const onError = vi.fn();
    await page.paypal.Buttons({ createOrder: createInBrowser(), onApprove, onError }).render('#paypal-buttons');
    payPalButton(page)!.click();
    choice(await openDialog(page), PAYPAL_APPROVAL_WINDOW.decline).click();

    await until(() => seen.length === 1 && page.document.querySelector('dialog'), 'the window again');
    const [declined] = seen;
    expect(declined?.error?.message).toContain('INSTRUMENT_DECLINED');
    expect(declined?.error?.details?.[0]?.issue).toBe('INSTRUMENT_DECLINED');

    choice(await openDialog(page), PAYPAL_APPROVAL_WINDOW.approve).click();
    await until(() => seen.length === 2, 'the second onApprove');
    expect(seen[1]).toMatchObject({ orderID: declined!.orderID, order: { status: 'COMPLETED' } });
    expect(onError).not.toHaveBeenCalled();
    expect(server.sandbox.control.payPalSnapshot().orders.filter((order) => order.merchant === 'provider-decline')).toEqual([
      expect.objectContaining({ id: declined!.orderID, status: 'COMPLETED', declines: 1 }),
    ]);
  });

  it('leaves a capture pending when the buyer chooses so', async () => {
    const page = await loadSdk({ clientId: 'provider-pending' });
    const orders: Json[] = [];
    await page.paypal.Buttons({ createOrder: createInBrowser(), onApprove: async (_d: Json, a: Actions) => orders.push(await a.order.capture()) }).render('#paypal-buttons');
    payPalButton(page)!.click();
    choice(await openDialog(page), PAYPAL_APPROVAL_WINDOW.pending).click();
    await until(() => orders.length === 1, 'onApprove');
    expect(orders[0]).toMatchObject({ status: 'COMPLETED', purchase_units: [{ payments: { captures: [{ status: 'PENDING', status_details: { reason: 'PENDING_REVIEW' } }] } }] });
  });

  it('shop collects: the order comes from the shop’s server, the window approves it for the shop’s client id', async () => {
    const shop = createPayPalClient({ baseUrl: `${server.url}/paypal`, ...SANDBOX_PAYPAL, timeoutMs: 5_000 });
    const page = await loadSdk({ clientId: SANDBOX_PAYPAL.clientId });
    let serverOrder = '';
    const approvedIds: string[] = [];
    await page.paypal
      .Buttons({
        createOrder: async () => {
          serverOrder = (await shop.createOrder({ amountMinor: 990, currency: 'USD', digits: 2, referenceId: 'ref-shop', requestId: 'shop-create-1' })).orderId;
          return serverOrder;
        },
        onApprove: async (data: Json) => approvedIds.push(data.orderID),
      })
      .render('#paypal-buttons');
    payPalButton(page)!.click();
    const dialog = await openDialog(page);
    expect(dialog.textContent).toContain('9.90 USD');
    choice(dialog, PAYPAL_APPROVAL_WINDOW.approve).click();
    await until(() => approvedIds.length === 1, 'onApprove');
    expect(approvedIds).toEqual([serverOrder]);
    expect(await shop.captureOrder(serverOrder, 2, 'shop-capture-1')).toMatchObject({ status: 'COMPLETED', amountMinor: 990 });
  });

  it('a failing createOrder or onApprove goes to onError; without onError, to console.error', async () => {
    const page = await loadSdk();
    const onError = vi.fn();
    await page.paypal.Buttons({ createOrder: () => Promise.reject(new Error('no order today')), onError }).render('#paypal-buttons');
    payPalButton(page)!.click();
    await until(() => onError.mock.calls.length === 1, 'onError');
    expect(onError.mock.calls[0]![0]).toMatchObject({ message: 'no order today' });
    expect(page.document.querySelector('dialog')).toBeNull();

    const second = await loadSdk();
    const logged = vi.spyOn(second.window.console, 'error').mockImplementation(() => undefined);
    await second.paypal
      .Buttons({ createOrder: createInBrowser(), onApprove: () => Promise.reject(new Error('the shop said no')) })
      .render('#paypal-buttons');
    payPalButton(second)!.click();
    choice(await openDialog(second), PAYPAL_APPROVAL_WINDOW.approve).click();
    await until(() => logged.mock.calls.length === 1, 'console.error');
    expect(logged.mock.calls[0]![0]).toMatchObject({ message: 'the shop said no' });
  });

  it('does nothing when onClick says no, or while disabled', async () => {
    const page = await loadSdk();
    const createOrder = vi.fn(createInBrowser());
    let initActions: Actions | undefined;
    await page.paypal
      .Buttons({ createOrder, onClick: () => false, onInit: (_d: Json, actions: Actions) => (initActions = actions) })
      .render('#paypal-buttons');
    payPalButton(page)!.click();
    await new Promise((resolve) => setTimeout(resolve, 50));
    await initActions!.disable();
    payPalButton(page)!.click();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(createOrder).not.toHaveBeenCalled();
    expect(page.document.querySelector('dialog')).toBeNull();
  });

  it('takes its namespace from data-namespace and refuses to start without a client id', async () => {
    const page = await loadSdk({ namespace: 'paypalStandIn' });
    expect(typeof page.paypal.Buttons).toBe('function');
    expect((page.window as unknown as Record<string, unknown>).paypal).toBeUndefined();
    await expect(loadSdk({ clientId: '' })).rejects.toThrow(/namespace/);
  });
});

describe('the SDK stand-in’s served text', () => {
  it('is served as JavaScript beside the REST half, to any origin', async () => {
    const response = await fetch(`${server.url}${PAYPAL_SDK_PATH}?client-id=abc&currency=USD&intent=capture`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/javascript/);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(await response.text()).toBe(PAYPAL_SDK_SCRIPT);
  });

  it('sets no style attribute and writes no markup: the payment page’s CSP has no unsafe-inline', () => {
    expect(PAYPAL_SDK_SCRIPT).not.toMatch(/setAttribute\(\s*['"]style['"]/);
    expect(PAYPAL_SDK_SCRIPT).not.toMatch(/style\s*=\s*['"`]/);
    expect(PAYPAL_SDK_SCRIPT).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write/);
    expect(PAYPAL_SDK_SCRIPT).not.toMatch(/\beval\s*\(|new Function\s*\(|setTimeout\(\s*['"`]/);
  });

  it('is plain ES2019: none of the later syntax an older browser would choke on', () => {
    const source = ts.createSourceFile('sdk.js', PAYPAL_SDK_SCRIPT, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
    expect((source as unknown as { parseDiagnostics: unknown[] }).parseDiagnostics).toEqual([]);
    const laterOperators = new Set([
      ts.SyntaxKind.QuestionQuestionToken,
      ts.SyntaxKind.QuestionQuestionEqualsToken,
      ts.SyntaxKind.BarBarEqualsToken,
      ts.SyntaxKind.AmpersandAmpersandEqualsToken,
    ]);
    const found: string[] = [];
    const visit = (node: ts.Node) => {
      const optionalChain = (ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node) || ts.isCallExpression(node)) && node.questionDotToken;
      const laterOperator = ts.isBinaryExpression(node) && laterOperators.has(node.operatorToken.kind);
      if (optionalChain || laterOperator || ts.isBigIntLiteral(node) || ts.isPrivateIdentifier(node) || ts.isPropertyDeclaration(node)) {
        found.push(node.getText(source));
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
    expect(found).toEqual([]);
  });
});
