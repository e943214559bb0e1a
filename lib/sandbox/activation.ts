import { seededBigInt, seededInt } from '@/lib/sandbox/seeded';

/** The Linksfield SM-DP+ seen in public code, also in the documentation's example. */
export const SMDP_ADDRESS = 'rsp-0001.linksfield.net';

const BASE = 36n;
const HEAD_LENGTH = 15;
const TAIL_LENGTH = 10;
const TAIL_SPACE = BASE ** BigInt(TAIL_LENGTH);

function base36(value: bigint, length: number): string {
  return value.toString(36).toUpperCase().padStart(length, '0');
}

/** A seeded multiplier coprime with 36, so `id * a + b mod 36^10` is a permutation of the ids. */
function tailPermutation(seed: string): { a: bigint; b: bigint } {
  let a = seededBigInt(seed, 'matchingId:a') % TAIL_SPACE;
  while (a % 2n === 0n || a % 3n === 0n) a += 1n;
  return { a, b: seededBigInt(seed, 'matchingId:b') % TAIL_SPACE };
}

/**
 * The order's SGP.22 matching id, e.g. `5H9MY-PTG45-3F5YM-ZFP9V`: 25 upper-case alphanumerics in
 * groups of 5. The first 15 are a hash of seed and order id (unguessable without the seed); the
 * last 10 are a permutation of the order id, so two orders can never share a code.
 */
export function matchingIdFor(seed: string, orderId: number): string {
  const head = base36(seededBigInt(seed, `matchingId:${orderId}`) % BASE ** BigInt(HEAD_LENGTH), HEAD_LENGTH);
  const { a, b } = tailPermutation(seed);
  const tail = base36((BigInt(orderId) * a + b) % TAIL_SPACE, TAIL_LENGTH);
  return (head + tail).match(/.{5}/g)?.join('-') ?? '';
}

/** The activation code a QR holds: `LPA:1$<SM-DP+ address>$<matching id>`. */
export function activationCodeFor(seed: string, orderId: number): string {
  return `LPA:1$${SMDP_ADDRESS}$${matchingIdFor(seed, orderId)}`;
}

/** The Luhn check digit ICCIDs end with (ITU-T E.118). */
export function luhnDigit(digits: string): number {
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) {
    let digit = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 0) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return (10 - (sum % 10)) % 10;
}

/**
 * The order's ICCID: 20 digits, `89` (telecom) `85` + a 3-digit seeded issuer + the order id on
 * 12 digits + the Luhn digit. Profiles of one batch are numbered in sequence upstream too.
 */
export function iccidFor(seed: string, orderId: number): string {
  const issuer = String(seededInt(seed, 'iccid:issuer', 1000)).padStart(3, '0');
  const body = `8985${issuer}${String(orderId % 1e12).padStart(12, '0')}`;
  return `${body}${luhnDigit(body)}`;
}
