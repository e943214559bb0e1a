/** How the benchmark runs the shop: its own data folder, the sandbox's latency and catalog size, room for many orders. */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { BENCH_DATA_DIR } from '@/bench/servers';

export const PORTS = { bare: 3130, shop: 3131, shopLarge: 3132, chrome: 3135 } as const;
/** The shop's provider token in the bench: the sandbox accepts it, so the direct calls use it too. */
export const BENCH_TOKEN = 'bench-access-token-0c9e2d4f6a8b';

/** The environment of one shop; its data folder starts empty. */
export function shopEnv(catalog: 'default' | 'large', port: number, latencyMs: number): Record<string, string> {
  const dataDir = path.join(BENCH_DATA_DIR, `shop-${catalog}`);
  rmSync(dataDir, { recursive: true, force: true });
  return {
    LINKSFIELD_BASE_URL: '',
    LINKSFIELD_ACCESS_TOKEN: BENCH_TOKEN,
    SHOP_DATA_DIR: dataDir,
    SANDBOX_LATENCY_MS: String(latencyMs),
    SANDBOX_CATALOG_SIZE: catalog,
    PORT: String(port),
    // Every order of the bench comes from one address and a handful of accounts.
    RATE_LIMIT_PREORDERS_PER_MINUTE: '100000',
    RATE_LIMIT_PAYMENTS_PER_MINUTE: '100000',
    RATE_LIMIT_SIGNINS_PER_MINUTE: '100000',
    RATE_LIMIT_SIGNINS_PER_ACCOUNT_PER_MINUTE: '100000',
  };
}
