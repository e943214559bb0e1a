import { createHash, timingSafeEqual } from 'node:crypto';

/** Compares in constant time (hashes first, so lengths do not leak either). */
export function passwordsMatch(given: string, expected: string): boolean {
  const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest();
  return timingSafeEqual(digest(given), digest(expected));
}
