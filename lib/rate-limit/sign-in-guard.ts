import type { Stores } from '@/lib/store/stores';

export type SignInLimits = {
  /** Attempts from one client address per minute, whatever their outcome: a flood from one place. */
  perClientPerMinute: number;
  /** Wrong passwords for one account from one client address per minute. */
  perClientAndAccountPerMinute: number;
  /** Wrong passwords for one account per hour from browsers that never signed in to it, all addresses together. */
  perAccountPerHour: number;
};

export type SignInOutcome = 'signedIn' | 'wrongPassword' | 'undecided';

export type SignInGate =
  | { allowed: false; retryAfterSeconds: number; why: 'client' | 'clientAndAccount' | 'account' }
  | {
      allowed: true;
      /** Records how the attempt ended; answers the wrong passwords from this address for the account so far. */
      settle(outcome: SignInOutcome): Promise<number>;
    };

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

const windowOf = (now: Date, length: number) => {
  const startMs = Math.floor(now.getTime() / length) * length;
  return { start: new Date(startMs).toISOString(), retryAfterSeconds: Math.ceil((startMs + length - now.getTime()) / 1000) };
};

/**
 * Lets a sign-in attempt reach the password check, or refuses it, so that a stranger cannot lock
 * anyone else out while a guesser is still stopped per account:
 *
 * - wrong passwords are counted per account *and* address, so a guesser's failures hold back only the
 *   guesser's own address (and everyone's attempts per address are capped, right or wrong);
 * - a guesser spread over many addresses is stopped by a count per account of the wrong passwords
 *   from browsers that have never signed in to that account. A browser that has (it holds a sealed
 *   cookie saying so, `lib/session/known-browsers.ts`) is not held back by that count, so the owner
 *   still gets in from their own browser; only a browser new to the account waits out the hour.
 *
 * Each attempt reserves its place in the counts before the check, so parallel guesses cannot all slip
 * in before the first failure is written; a right password (or an answer that decided nothing, such as
 * the provider being down) gives the reservation back, so failures are counted, not attempts.
 */
export async function openSignInGate(
  store: Pick<Stores, 'rateLimits'>,
  name: string,
  limits: SignInLimits,
  who: { client: string; account: string; knownBrowser: boolean },
  now: Date = new Date(),
): Promise<SignInGate> {
  const minute = windowOf(now, MINUTE);
  const hour = windowOf(now, HOUR);
  const account = who.account.trim().toLowerCase();
  if ((await store.rateLimits.hit(`${name}:client:${who.client}`, minute.start)) > limits.perClientPerMinute) {
    return { allowed: false, retryAfterSeconds: minute.retryAfterSeconds, why: 'client' };
  }

  // A space cannot occur in an e-mail address the forms accept, nor in an IP address.
  const pair = `${name}:failures:${account} ${who.client}`;
  const pairFailures = await store.rateLimits.hit(pair, minute.start);
  if (pairFailures > limits.perClientAndAccountPerMinute) {
    await store.rateLimits.release(pair, minute.start);
    return { allowed: false, retryAfterSeconds: minute.retryAfterSeconds, why: 'clientAndAccount' };
  }

  const strangers = who.knownBrowser ? undefined : `${name}:failures:${account}`;
  if (strangers && (await store.rateLimits.hit(strangers, hour.start)) > limits.perAccountPerHour) {
    await Promise.all([store.rateLimits.release(pair, minute.start), store.rateLimits.release(strangers, hour.start)]);
    return { allowed: false, retryAfterSeconds: hour.retryAfterSeconds, why: 'account' };
  }

  return {
    allowed: true,
    async settle(outcome) {
      if (outcome === 'wrongPassword') return pairFailures;
      await Promise.all([
        store.rateLimits.release(pair, minute.start),
        strangers ? store.rateLimits.release(strangers, hour.start) : undefined,
      ]);
      return pairFailures - 1;
    },
  };
}

/** A pause before answering a wrong password, longer with each one from the same place: 0.5 s, 1 s, 2 s, 4 s. */
export function wrongPasswordPauseMs(failures: number): number {
  return Math.min(500 * 2 ** Math.max(0, failures - 1), 4000);
}
