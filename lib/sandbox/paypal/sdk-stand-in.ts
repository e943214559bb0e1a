/*
 * The browser half of the PayPal stand-in: what PayPal's JS SDK v5 does for `paypal.Buttons`, as
 * @paypal/react-paypal-js drives it (Buttons(props), isEligible, render, close, onInit's
 * enable/disable), with a modal approval window in place of PayPal's pop-up.
 *
 * `payPalSdkStandIn` runs in the browser, never here: sdk-script.ts serves its source text, so it
 * must stay self-contained (no import, no outer variable) and plain ES2019 (no `?.`, `??`, class
 * fields), without eval, and styled through the CSSOM only (the payment page's CSP has no
 * 'unsafe-inline', which would refuse `style` attributes).
 */

/** What the served script is called with, written into the text as JSON. */
export type SdkStandInConfig = {
  readonly version: string;
  readonly title: string;
  /** The approval window's buttons, in order: accessible name and what the buyer chose. */
  readonly choices: readonly (readonly [label: string, choice: 'approve' | 'decline' | 'pending' | 'cancel'])[];
};

/* eslint-disable @typescript-eslint/no-explicit-any -- the props and answers of a browser API typed by its callers */
export function payPalSdkStandIn(win: Window, doc: Document, config: SdkStandInConfig): void {
  type Choice = SdkStandInConfig['choices'][number][1];
  type Json = any;
  type Props = Record<string, any>;

  const script = (doc.currentScript ||
    Array.prototype.slice.call(doc.querySelectorAll('script[src*="/paypal/sdk/js"]')).pop()) as HTMLScriptElement | undefined;
  if (!script) throw new Error('PayPal stand-in: cannot find its own <script> element');
  const src = new URL(script.src, doc.baseURI);
  const clientId = src.searchParams.get('client-id');
  // PayPal's own SDK refuses to start without a client id, with this message.
  if (!clientId) throw new Error("SDK Validation error: 'Expected client-id to be passed'");
  const intent = (src.searchParams.get('intent') || 'capture').toUpperCase();
  // The REST half sits beside the script: …/paypal/sdk/js → …/paypal.
  const apiBase = src.origin + src.pathname.slice(0, src.pathname.lastIndexOf('/sdk/js'));
  const namespace = script.getAttribute('data-namespace') || 'paypal';
  let dialogs = 0;

  /** PayPal's JSON API as the browser SDK calls it: with the client id, never a secret. */
  async function api(method: 'GET' | 'POST', path: string, body?: unknown): Promise<Json> {
    const headers: Record<string, string> = { accept: 'application/json', 'paypal-client-id': clientId as string };
    if (body !== undefined) headers['content-type'] = 'application/json';
    const response = await win.fetch(apiBase + path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    const text = await response.text();
    let json: Json = null;
    try {
      json = text ? JSON.parse(text) : null;
    } catch {
      json = null;
    }
    if (response.ok) return json;
    // Like PayPal's SDK: the API's answer in the message (so INSTRUMENT_DECLINED can be found there),
    // and its details on the error for code that would rather not parse text.
    const debugId = json && json.debug_id;
    const message = `Api: ${path} returned status code: ${response.status}${debugId ? ` (Corr ID: ${debugId})` : ''}.\n\n${text}`;
    throw Object.assign(new Error(message), {
      httpStatus: response.status,
      details: json && Array.isArray(json.details) ? json.details : [],
      debug_id: debugId || null,
    });
  }

  const BUTTON_COLORS: Record<string, [string, string]> = {
    gold: ['#ffc439', '#111111'],
    blue: ['#0070ba', '#ffffff'],
    silver: ['#eeeeee', '#111111'],
    white: ['#ffffff', '#111111'],
    black: ['#2c2e2f', '#ffffff'],
  };

  function styleButton(button: HTMLButtonElement, style: Props): void {
    const colors = BUTTON_COLORS[style.color] || (BUTTON_COLORS.gold as [string, string]);
    const height = typeof style.height === 'number' ? Math.min(55, Math.max(25, style.height)) : 45;
    button.style.display = 'block';
    button.style.width = '100%';
    button.style.minHeight = `${height}px`;
    button.style.background = colors[0];
    button.style.color = colors[1];
    button.style.border = colors[0] === '#ffffff' ? '1px solid #555555' : '0';
    button.style.borderRadius = style.shape === 'pill' ? '23px' : style.shape === 'sharp' ? '0' : '4px';
    button.style.font = 'italic 700 18px/1 Helvetica, Arial, sans-serif';
    button.style.cursor = 'pointer';
  }

  function styleChoice(button: HTMLButtonElement, primary: boolean): void {
    button.style.display = 'block';
    button.style.width = '100%';
    button.style.margin = '0.5rem 0 0';
    button.style.padding = '0.625rem 1rem';
    button.style.borderRadius = '4px';
    button.style.border = primary ? '0' : '1px solid #6b7280';
    button.style.background = primary ? '#0070ba' : '#ffffff';
    button.style.color = primary ? '#ffffff' : '#111111';
    button.style.font = '600 1rem/1.25 system-ui, sans-serif';
    button.style.cursor = 'pointer';
  }

  function Buttons(options?: Props) {
    const props: Props = options || {};
    const state = {
      button: null as HTMLButtonElement | null,
      rendered: false,
      closed: false,
      disabled: false,
      busy: false,
      /** Ends the approval window now showing, e.g. when the buttons are closed under it. */
      abortDialog: null as (() => void) | null,
    };

    function report(error: unknown): void {
      if (typeof props.onError === 'function') {
        try {
          props.onError(error);
          return;
        } catch (failure) {
          error = failure;
        }
      }
      console.error(error);
    }

    function sync(): void {
      const button = state.button;
      if (!button) return;
      // A real `disabled` for the prop (React's PayPalButtons passes it through onInit's actions);
      // while a payment is under way the button stays focusable (focus comes back to it) but idle.
      button.disabled = state.disabled;
      button.style.opacity = state.disabled ? '0.38' : '1';
      if (state.busy) button.setAttribute('aria-busy', 'true');
      else button.removeAttribute('aria-busy');
    }

    const initActions = {
      enable(): Promise<void> {
        state.disabled = false;
        sync();
        return Promise.resolve();
      },
      disable(): Promise<void> {
        state.disabled = true;
        sync();
        return Promise.resolve();
      },
    };

    async function createOrderId(): Promise<string> {
      if (typeof props.createOrder !== 'function') throw new Error('Expected createOrder to be passed to paypal.Buttons');
      const actions = {
        order: {
          async create(body: Props): Promise<string> {
            const created = await api('POST', '/v2/checkout/orders', Object.assign({ intent }, body));
            return created.id;
          },
        },
      };
      const orderId = await props.createOrder({ paymentSource: 'paypal' }, actions);
      if (typeof orderId !== 'string' || orderId === '') throw new Error('Expected an order id to be passed from createOrder');
      return orderId;
    }

    /** Shows the approval window; resolves the buyer's choice once the approval is posted, or 'closed'. */
    function askBuyer(order: Json): Promise<{ choice: Choice | 'closed'; approved?: Json }> {
      return new Promise((resolve, reject) => {
        dialogs += 1;
        const titleId = `paypal-stand-in-title-${dialogs}`;
        const amountId = `paypal-stand-in-amount-${dialogs}`;
        const dialog = doc.createElement('dialog');
        dialog.lang = 'en';
        dialog.setAttribute('aria-labelledby', titleId);
        dialog.setAttribute('aria-describedby', amountId);
        dialog.style.maxWidth = '26rem';
        dialog.style.width = 'calc(100% - 2rem)';
        dialog.style.padding = '1.25rem';
        dialog.style.border = '1px solid #6b7280';
        dialog.style.borderRadius = '8px';
        dialog.style.background = '#ffffff';
        dialog.style.color = '#111111';
        dialog.style.font = '1rem/1.5 system-ui, sans-serif';

        const heading = doc.createElement('h2');
        heading.id = titleId;
        heading.textContent = config.title;
        heading.style.margin = '0 0 0.5rem';
        heading.style.fontSize = '1.25rem';
        const unit = (order && order.purchase_units && order.purchase_units[0]) || {};
        const amount = unit.amount || {};
        const summary = doc.createElement('p');
        summary.id = amountId;
        summary.textContent = `Amount: ${amount.value} ${amount.currency_code}`;
        summary.style.margin = '0 0 0.25rem';
        summary.style.fontWeight = '600';
        const note = doc.createElement('p');
        note.textContent = `PayPal order ${order.id}. Nothing is charged: this window stands in for PayPal in the shop's sandbox.`;
        note.style.margin = '0 0 0.5rem';
        note.style.fontSize = '0.875rem';
        dialog.appendChild(heading);
        dialog.appendChild(summary);
        dialog.appendChild(note);

        let settled = false;
        const buttons: HTMLButtonElement[] = [];
        function finish(): void {
          state.abortDialog = null;
          if (dialog.open) dialog.close();
          dialog.remove();
          if (state.button && !state.closed) state.button.focus();
        }
        async function choose(choice: Choice): Promise<void> {
          if (settled) return;
          settled = true;
          if (choice === 'cancel') {
            finish();
            resolve({ choice });
            return;
          }
          buttons.forEach((button) => {
            button.disabled = true;
          });
          dialog.setAttribute('aria-busy', 'true');
          try {
            const approved = await api('POST', '/approve', { orderId: order.id, outcome: choice });
            finish();
            resolve({ choice, approved });
          } catch (error) {
            finish();
            reject(error);
          }
        }
        config.choices.forEach((entry, index) => {
          const button = doc.createElement('button');
          button.type = 'button';
          button.textContent = entry[0];
          button.setAttribute('data-choice', entry[1]);
          styleChoice(button, index === 0);
          button.addEventListener('click', () => {
            void choose(entry[1]);
          });
          buttons.push(button);
          dialog.appendChild(button);
        });
        // Escape is Cancel: browsers send `cancel`; the keydown covers those that do not.
        dialog.addEventListener('cancel', (event) => {
          event.preventDefault();
          void choose('cancel');
        });
        dialog.addEventListener('keydown', (event) => {
          if (event.key !== 'Escape') return;
          event.preventDefault();
          void choose('cancel');
        });
        // Closed by the browser some other way: as good as a cancel.
        dialog.addEventListener('close', () => {
          void choose('cancel');
        });
        state.abortDialog = () => {
          settled = true;
          finish();
          resolve({ choice: 'closed' });
        };
        doc.body.appendChild(dialog);
        dialog.showModal();
        if (buttons[0]) buttons[0].focus();
      });
    }

    function approveActions(orderId: string, restart: () => Promise<void>) {
      const path = `/v2/checkout/orders/${encodeURIComponent(orderId)}`;
      let capturing: Promise<Json> | null = null;
      return {
        order: {
          // One capture per approval, however often it is asked for (PayPal's SDK does the same).
          capture(): Promise<Json> {
            if (!capturing) capturing = api('POST', `${path}/capture`);
            return capturing;
          },
          get(): Promise<Json> {
            return api('GET', path);
          },
          authorize(): Promise<Json> {
            return Promise.reject(new Error('The PayPal stand-in captures only (intent=capture)'));
          },
          patch(): Promise<void> {
            return Promise.reject(new Error('The PayPal stand-in does not patch orders'));
          },
        },
        restart,
        redirect(url: string): void {
          win.location.assign(url);
        },
      };
    }

    /** The approval window, then onApprove or onCancel; again for as long as onApprove asks for a restart. */
    async function approve(orderId: string): Promise<void> {
      let again = true;
      while (again && !state.closed) {
        again = false;
        const order = await api('GET', `/v2/checkout/orders/${encodeURIComponent(orderId)}`);
        const answer = await askBuyer(order);
        if (answer.choice === 'closed') return;
        if (answer.choice === 'cancel') {
          if (typeof props.onCancel === 'function') await props.onCancel({ orderID: orderId }, { redirect() {} });
          return;
        }
        const payer = (answer.approved && answer.approved.payer) || {};
        const data = { orderID: orderId, payerID: payer.payer_id || null, paymentID: null, billingToken: null, paymentSource: 'paypal' };
        // restart() opens the window again on the same order once onApprove has returned.
        const actions = approveActions(orderId, () => {
          again = true;
          return Promise.resolve();
        });
        if (typeof props.onApprove === 'function') await props.onApprove(data, actions);
        else await actions.order.capture();
      }
    }

    async function start(): Promise<void> {
      if (state.busy || state.disabled || state.closed) return;
      state.busy = true;
      sync();
      try {
        if (typeof props.onClick === 'function') {
          let allowed = true;
          const verdict = await props.onClick(
            { fundingSource: 'paypal' },
            {
              resolve: () => Promise.resolve(),
              reject: () => {
                allowed = false;
                return Promise.resolve();
              },
            },
          );
          if (verdict === false || !allowed) return;
        }
        const orderId = await createOrderId();
        await approve(orderId);
      } catch (error) {
        report(error);
      } finally {
        state.busy = false;
        sync();
      }
    }

    return {
      isEligible(): boolean {
        return true;
      },
      render(target: string | HTMLElement): Promise<void> {
        if (state.closed) return Promise.reject(new Error('The PayPal buttons were closed'));
        if (state.rendered) return Promise.reject(new Error('The PayPal buttons are rendered already'));
        const container = typeof target === 'string' ? doc.querySelector(target) : target;
        if (!container || typeof container.appendChild !== 'function') {
          return Promise.reject(new Error(`Document is ready and element ${String(target)} does not exist`));
        }
        const button = doc.createElement('button');
        button.type = 'button';
        button.textContent = 'PayPal';
        button.setAttribute('data-paypal-stand-in', 'button');
        styleButton(button, props.style || {});
        button.addEventListener('click', () => {
          void start();
        });
        container.appendChild(button);
        state.rendered = true;
        state.button = button;
        sync();
        if (typeof props.onInit === 'function') props.onInit({}, initActions);
        return Promise.resolve();
      },
      close(): Promise<void> {
        state.closed = true;
        if (state.abortDialog) state.abortDialog();
        if (state.button) state.button.remove();
        state.button = null;
        return Promise.resolve();
      },
    };
  }

  const FUNDING = { PAYPAL: 'paypal', VENMO: 'venmo', PAYLATER: 'paylater', CREDIT: 'credit', CARD: 'card' };
  (win as unknown as Record<string, unknown>)[namespace] = {
    version: config.version,
    Buttons,
    FUNDING,
    getFundingSources: () => [FUNDING.PAYPAL],
    isFundingEligible: (source: string) => source === FUNDING.PAYPAL,
  };
}
/* eslint-enable @typescript-eslint/no-explicit-any */
