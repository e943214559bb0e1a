import 'server-only';

import { getEnv } from '@/lib/env';
import { onePerProcess } from '@/lib/one-per-process';
import { createSandbox, sandboxOptionsFromEnv, type Sandbox } from '@/lib/sandbox';

/**
 * The sandbox served by the app itself under `/api/sandbox`: one per process, kept on `globalThis`
 * because Next may load this module more than once (different bundles, dev reloads).
 */
export function getInAppSandbox(): Sandbox {
  return onePerProcess('sandbox', () => {
    const env = getEnv();
    return createSandbox({
      seed: env.sandboxSeed,
      latencyMs: env.sandboxLatencyMs,
      ...(env.accessToken ? { acceptedTokens: [env.accessToken] } : {}),
      // SANDBOX_PREORDER_TIMEOUT_MINUTES, SANDBOX_PROFILE_POOL: a bad value throws here, like a bad shop env.
      ...sandboxOptionsFromEnv(process.env),
    });
  });
}

/** Whether the app answers `/api/sandbox/*`: in sandbox mode, or when `SANDBOX_ENABLED=true`. */
export function sandboxEnabled(): boolean {
  return getEnv().sandboxServed;
}
