import type { SandboxRoute } from '@/lib/sandbox/handlers/context';
import { countryPackageListRoute } from '@/lib/sandbox/handlers/country-package-list';
import { loginRoute } from '@/lib/sandbox/handlers/login';
import { packageDetailRoute } from '@/lib/sandbox/handlers/package-detail';
import { packageListRoute } from '@/lib/sandbox/handlers/package-list';
import { preOrderPackageRoute } from '@/lib/sandbox/handlers/pre-order-package';

/** Every endpoint of the sandbox, keyed by its path under the base URL. */
export const SANDBOX_ROUTES: ReadonlyMap<string, SandboxRoute> = new Map([
  ['/user/login', loginRoute],
  ['/user/emailLogin', loginRoute],
  ['/package/countryPackageList', countryPackageListRoute],
  ['/v1.1/package/packageList', packageListRoute],
  ['/v1.1/package/detail', packageDetailRoute],
  ['/v1.1/package/preOrderPackage', preOrderPackageRoute],
]);
