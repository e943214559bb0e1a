import { badParameter } from '@/lib/sandbox/errors';
import { intOneOf, optionalInt, requiredString, type Body } from '@/lib/sandbox/fields';
import { requirePartner } from '@/lib/sandbox/handlers/context';
import { MESSAGES } from '@/lib/sandbox/messages';
import type { SandboxState } from '@/lib/sandbox/records';

export type Credentials = { email: string; passwd: string; partnerCode: string };

const MD5_HEX = /^[0-9a-f]{32}$/;

/** The body shared by login and registration: e-mail, MD5 password, partner, optional appId and userType. */
export function readCredentials(body: Body, state: SandboxState): Credentials {
  const email = requiredString(body, 'email');
  const passwd = requiredString(body, 'passwd');
  if (!MD5_HEX.test(passwd)) throw badParameter(MESSAGES.notMd5);
  const partnerCode = requirePartner(body, state);
  if (body.appId !== undefined && body.appId !== null) intOneOf(body, 'appId', [10, 12, 14]);
  optionalInt(body, 'userType');
  return { email, passwd, partnerCode };
}
