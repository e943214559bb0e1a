import { EnvError, getEnv } from '@/lib/env';

/** Node runtime only: prints which provider the shop talks to, or why the configuration is refused. */
export function checkEnvAtStart(): void {
  try {
    const env = getEnv();
    console.info(
      env.sandbox
        ? `[shop] provider: built-in sandbox at ${env.baseUrl}`
        : `[shop] provider: ${env.baseUrl} (partner ${env.partnerCode})`,
    );
  } catch (error) {
    if (!(error instanceof EnvError)) throw error;
    console.error(`[shop] ${error.message}\nSee .env.example for every setting.`);
    process.exit(1);
  }
}
