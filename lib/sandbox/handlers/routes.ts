import type { SandboxRoute } from '@/lib/sandbox/handlers/context';
import { countryPackageListRoute } from '@/lib/sandbox/handlers/country-package-list';
import { emailRegisterRoute } from '@/lib/sandbox/handlers/email-register';
import { loginRoute } from '@/lib/sandbox/handlers/login';
import { myEsimDetailRoute } from '@/lib/sandbox/handlers/my-esim-detail';
import { packageDetailRoute } from '@/lib/sandbox/handlers/package-detail';
import { packageListRoute } from '@/lib/sandbox/handlers/package-list';
import { paymentWebhookRoute } from '@/lib/sandbox/handlers/payment-webhook';
import { preOrderPackageRoute } from '@/lib/sandbox/handlers/pre-order-package';
import { queryOrderStatusRoute } from '@/lib/sandbox/handlers/query-order-status';

/** Every endpoint of the sandbox, keyed by its path under the base URL. */
export const SANDBOX_ROUTES: ReadonlyMap<string, SandboxRoute> = new Map([
  ['/user/login', loginRoute],
  ['/user/emailLogin', loginRoute],
  ['/user/emailRegister', emailRegisterRoute],
  ['/package/countryPackageList', countryPackageListRoute],
  ['/v1.1/package/packageList', packageListRoute],
  ['/v1.1/package/detail', packageDetailRoute],
  ['/v1.1/package/preOrderPackage', preOrderPackageRoute],
  ['/v1.1/payment/webhook', paymentWebhookRoute],
  ['/payment/webhook', paymentWebhookRoute],
  ['/package/queryOrdStatusAndEmail', queryOrderStatusRoute],
  ['/v1.1/order/myEsimDetail', myEsimDetailRoute],
]);
