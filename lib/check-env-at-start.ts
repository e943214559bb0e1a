import { checkDataDirWritable, DataDirError, writesToDataDir } from '@/lib/check-data-dir';
import { EnvError, getEnv } from '@/lib/env';

/**
 * Node runtime only: prints which provider the shop talks to, or why the configuration is refused
 * (a bad setting, or a data folder the shop cannot write to) and stops the process.
 */
export function checkEnvAtStart(): void {
  try {
    const env = getEnv();
    if (writesToDataDir(env)) checkDataDirWritable(env.dataDir);
    console.info(
      env.sandbox
        ? `[shop] provider: built-in sandbox at ${env.baseUrl}`
        : `[shop] provider: ${env.baseUrl} (partner ${env.partnerCode})`,
    );
    console.info(
      env.trustedProxyCount === 0
        ? "[shop] client addresses: each connection's own, X-Forwarded-For ignored (behind a proxy, set TRUSTED_PROXY_COUNT)"
        : `[shop] client addresses: X-Forwarded-For, ${env.trustedProxyCount} trusted ${env.trustedProxyCount === 1 ? 'proxy' : 'proxies'} in front`,
    );
  } catch (error) {
    if (!(error instanceof EnvError) && !(error instanceof DataDirError)) throw error;
    console.error(`[shop] ${error.message}\nSee .env.example for every setting.`);
    process.exit(1);
  }
}
