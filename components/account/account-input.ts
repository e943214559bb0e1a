import { z } from 'zod';

/** Messages are i18n keys under `account.errors`. */
export const signInSchema = z.object({
  email: z.string({ error: 'email' }).trim().max(254, 'email').pipe(z.email({ error: 'email' })),
  password: z.string({ error: 'password' }).min(1, 'password').max(200, 'password'),
});

export const registerSchema = signInSchema.extend({
  password: z.string({ error: 'passwordLength' }).min(8, 'passwordLength').max(200, 'passwordLength'),
});

/** Only a path on this site: `/my-esims`, never `//evil.example` or `https://…`. */
export function safeNextPath(value: unknown): string | null {
  return typeof value === 'string' && /^\/(?!\/)[A-Za-z0-9\-_/]*$/.test(value) ? value : null;
}
