import { createHash } from 'node:crypto';

/** Lower-case MD5 hex digest of a UTF-8 text: what the provider expects in a login's `passwd`. */
export function md5Hex(text: string): string {
  return createHash('md5').update(text, 'utf8').digest('hex');
}
