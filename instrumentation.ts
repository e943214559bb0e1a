/** Validates the configuration once at start-up, so a bad setting stops the server with a clear message. */
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { checkEnvAtStart } = await import('@/lib/check-env-at-start');
    checkEnvAtStart();
    // Notes each connection's address on its request, for the rate limits (lib/security/peer-address.ts).
    const { stampPeerAddresses } = await import('@/lib/security/peer-address');
    stampPeerAddresses();
  }
}
