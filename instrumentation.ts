/**
 * Validates the configuration and the data folder once at start-up, so a bad setting or a folder the
 * shop cannot write to stops the server with a clear message; then starts the recovery pass that
 * settles whatever a crash left in flight, the sender that delivers the e-mail outbox, and (on
 * PostgreSQL) the listener that hears other instances' catalog refreshes.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { checkEnvAtStart } = await import('@/lib/check-env-at-start');
  checkEnvAtStart();
  // Notes each connection's address on its request, for the rate limits (lib/security/peer-address.ts).
  const { stampPeerAddresses } = await import('@/lib/security/peer-address');
  stampPeerAddresses();
  // A build may load this file too; only a server settles orders.
  if (process.env.NEXT_PHASE === 'phase-production-build') return;
  const { startRecoverySchedule } = await import('@/lib/orders/recovery');
  startRecoverySchedule();
  // E-mail to customers: the outbox, delivered by every instance (lib/mail).
  const { startMailSchedule } = await import('@/lib/mail');
  await startMailSchedule();
  // A staff catalog refresh on any instance reaches this one within a second (lib/fanout).
  const { startCatalogFanout } = await import('@/lib/fanout');
  void startCatalogFanout();
}
