import { payPalSdkStandIn, type SdkStandInConfig } from '@/lib/sandbox/paypal/sdk-stand-in';

/** The approval window's heading and buttons: people and tests find them by these names. */
export const PAYPAL_APPROVAL_WINDOW = {
  title: 'Pay with PayPal (sandbox stand-in)',
  approve: 'Approve',
  decline: 'Approve with a card that will be declined',
  pending: 'Approve, capture stays pending',
  cancel: 'Cancel',
} as const;

const CONFIG: SdkStandInConfig = {
  version: '5.0.0-sandbox-stand-in',
  title: PAYPAL_APPROVAL_WINDOW.title,
  choices: [
    [PAYPAL_APPROVAL_WINDOW.approve, 'approve'],
    [PAYPAL_APPROVAL_WINDOW.decline, 'decline'],
    [PAYPAL_APPROVAL_WINDOW.pending, 'pending'],
    [PAYPAL_APPROVAL_WINDOW.cancel, 'cancel'],
  ],
};

/**
 * The stand-in of PayPal's JS SDK v5 as served at `…/paypal/sdk/js`: the browser function's own
 * source, called at once with the page's window and document. No build step and no eval.
 */
export const PAYPAL_SDK_SCRIPT = [
  '/* PayPal JS SDK v5 stand-in of the eSIM QR Mall sandbox: never PayPal, never real money. */',
  '(function () {',
  "  'use strict';",
  // Run by tsx (`npm run sandbox`), esbuild keeps function names by wrapping them in its __name
  // helper, which the browser does not have: here it leaves a function as it is.
  '  var __name = function (target) { return target; };',
  `  (${payPalSdkStandIn.toString()})(window, document, ${JSON.stringify(CONFIG)});`,
  '})();',
  '',
].join('\n');
