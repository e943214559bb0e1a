import { createHash } from 'node:crypto';

function digest(seed: string, label: string): Buffer {
  return createHash('sha256').update(`${seed}\u0000${label}`, 'utf8').digest();
}

/** A deterministic integer in [0, modulo) derived from the seed and a label. */
export function seededInt(seed: string, label: string, modulo: number): number {
  return digest(seed, label).readUIntBE(0, 6) % modulo;
}

/** A deterministic URL-safe text of `length` characters derived from the seed and a label. */
export function seededText(seed: string, label: string, length: number): string {
  let text = '';
  for (let round = 0; text.length < length; round += 1) {
    text += digest(seed, `${label}#${round}`).toString('base64url');
  }
  return text.slice(0, length);
}

/** A deterministic 256-bit integer derived from the seed and a label. */
export function seededBigInt(seed: string, label: string): bigint {
  return BigInt(`0x${digest(seed, label).toString('hex')}`);
}
