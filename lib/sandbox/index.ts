/*
 * The built-in sandbox: an imitation of the provider's documented API (paths, envelope, codes,
 * token rules), runnable inside the shop (`lib/in-app-sandbox.ts`) or on its own
 * (`startSandboxServer`, `npm run sandbox`). It knows nothing of the shop: this file is its only
 * door, for the app, the staff console, the scripts and the tests.
 */
export { createSandbox, type Sandbox, type SandboxRequest } from '@/lib/sandbox/sandbox';
export { startSandboxServer, type SandboxServer, type SandboxServerOptions } from '@/lib/sandbox/http-server';
export { DEFAULT_PREORDER_TIMEOUT_MINUTES, type SandboxOptions } from '@/lib/sandbox/state';
export { sandboxOptionsFromEnv, SANDBOX_ENV } from '@/lib/sandbox/env-options';
export { SANDBOX_ACCOUNT, SANDBOX_CUSTOMER } from '@/lib/sandbox/accounts';
export { answerHeaders, isRawAnswer, type SandboxAnswer, type SandboxRawResponse } from '@/lib/sandbox/answers';
export { bodyTooLargeResponse, SANDBOX_BODY_LIMIT, type Envelope } from '@/lib/sandbox/envelope';
export { readWebBody } from '@/lib/sandbox/read-web-body';
export {
  FORCEABLE_CODES,
  FORCEABLE_PATHS,
  LATENCY_PATHS,
  MALFORMED_KINDS,
  SandboxControlError,
  type SandboxControl,
} from '@/lib/sandbox/control';
export { applyControlRequest, CONTROL_ACTIONS, CONTROL_BODY_LIMIT, parseControlRequest } from '@/lib/sandbox/control-request';
export type { BannerSnapshot, OrderSnapshot, SandboxSnapshot, ScenarioSnapshot } from '@/lib/sandbox/snapshot';
// The PayPal stand-in: REST under `<base>/paypal`, the JS SDK at `<base>/paypal/sdk/js` (a shop's sdkBaseUrl).
export { SANDBOX_PAYPAL } from '@/lib/sandbox/paypal/credentials';
export { PAYPAL_PREFIX, PAYPAL_SDK_PATH } from '@/lib/sandbox/paypal/stand-in';
export { PAYPAL_APPROVAL_WINDOW, PAYPAL_SDK_SCRIPT } from '@/lib/sandbox/paypal/sdk-script';
export { PAYPAL_OUTCOMES, PAYPAL_SETTLEMENTS, type PayPalOutcome, type PayPalSettlement } from '@/lib/sandbox/paypal/records';
export type { PayPalCaptureSnapshot, PayPalOrderSnapshot, PayPalRefundSnapshot, PayPalSnapshot } from '@/lib/sandbox/paypal/snapshot';
