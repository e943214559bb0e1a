import { afterAll, beforeAll } from 'vitest';
import { SANDBOX_DEFAULTS } from '@/lib/env';
import { createLinksfieldClient, type LinksfieldClient } from '@/lib/linksfield/client';
import { startSandboxServer, type SandboxServer } from '@/lib/sandbox';

/**
 * For a test file: a standalone sandbox over real HTTP on a random loopback port, and the shop's
 * client pointed at it with an accepted token. Read the getters inside tests (set in beforeAll).
 */
export function sandboxForTests(token: string) {
  let sandbox: SandboxServer | undefined;
  let client: LinksfieldClient | undefined;
  beforeAll(async () => {
    sandbox = await startSandboxServer({ port: 0, acceptedTokens: [token] });
    client = createLinksfieldClient({
      baseUrl: sandbox.url,
      timeoutMs: 5000,
      partnerCode: SANDBOX_DEFAULTS.partnerCode,
      accessToken: token,
    });
  });
  afterAll(() => sandbox?.close());
  return {
    get sandbox(): SandboxServer {
      if (!sandbox) throw new Error('the sandbox starts in beforeAll');
      return sandbox;
    },
    get client(): LinksfieldClient {
      if (!client) throw new Error('the client is made in beforeAll');
      return client;
    },
  };
}
