/**
 * Validates the configuration and the data folder once at start-up, so a bad setting or a folder the
 * shop cannot write to stops the server with a clear message.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { checkEnvAtStart } = await import('@/lib/check-env-at-start');
    checkEnvAtStart();
  }
}
