/** `npm run sandbox`: the provider's sandbox as a stand-alone HTTP server. */
import { SANDBOX_ACCOUNT, SANDBOX_CUSTOMER } from '@/lib/sandbox';
import { sandboxOptionsFromEnv } from '@/lib/sandbox';
import { startSandboxServer } from '@/lib/sandbox';

function intFromEnv(name: string, fallback: number, max: number): number {
  const raw = process.env[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0 || value > max) {
    console.error(`${name} must be an integer from 0 to ${max}, got "${raw}"`);
    process.exit(1);
  }
  return value;
}

async function main(): Promise<void> {
  const accessToken = process.env.SANDBOX_ACCESS_TOKEN?.trim();
  let envOptions: ReturnType<typeof sandboxOptionsFromEnv>;
  try {
    envOptions = sandboxOptionsFromEnv(process.env);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
  const server = await startSandboxServer({
    port: intFromEnv('SANDBOX_PORT', 4010, 65_535),
    host: process.env.SANDBOX_HOST?.trim() || '127.0.0.1',
    seed: process.env.SANDBOX_SEED?.trim() || undefined,
    latencyMs: intFromEnv('SANDBOX_LATENCY_MS', 0, 60_000),
    acceptedTokens: accessToken ? [accessToken] : [],
    ...envOptions,
  });
  const { state } = server.sandbox;
  console.log(`Linksfield sandbox listening at ${server.url}`);
  console.log(`  account:      ${SANDBOX_ACCOUNT.email} / ${SANDBOX_ACCOUNT.password}`);
  console.log(`  customer:     ${SANDBOX_CUSTOMER.email} / ${SANDBOX_CUSTOMER.password}`);
  console.log(`  partnerCode:  ${SANDBOX_ACCOUNT.partnerCode}`);
  console.log(`  seed:         ${state.seed}`);
  console.log(`  catalog:      ${state.catalog.packages.length} packages over ${state.catalog.countries.length} countries (SANDBOX_CATALOG_SIZE=${state.catalogSize})`);
  console.log(`  profiles:     ${state.profilePool.free} free (SANDBOX_PROFILE_POOL)`);
  console.log(`  timeout:      ${state.settings.preOrderTimeoutMinutes} min per pre-order (SANDBOX_PREORDER_TIMEOUT_MINUTES)`);
  if (accessToken) console.log('  access token: SANDBOX_ACCESS_TOKEN is accepted');
  console.log('Point the shop at it with:');
  console.log(`  LINKSFIELD_BASE_URL=${server.url}`);
  console.log(`  LINKSFIELD_PARTNER_CODE=${SANDBOX_ACCOUNT.partnerCode}`);
  console.log(`  LINKSFIELD_EMAIL=${SANDBOX_ACCOUNT.email} LINKSFIELD_PASSWORD=${SANDBOX_ACCOUNT.password}`);
  console.log('Ctrl+C stops.');

  const stop = (signal: NodeJS.Signals) => {
    console.log(`\n${signal}: stopping the sandbox`);
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
