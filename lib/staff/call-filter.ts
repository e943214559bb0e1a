import { z } from 'zod';

const single = (value: unknown) => (Array.isArray(value) ? value[0] : value);
const blank = (value: unknown) => (value === '' ? undefined : value);

/** The call log's filters, from a URL: anything malformed is refused with a message. */
export const callFilterSchema = z.object({
  endpoint: z.preprocess((v) => blank(single(v)), z.string().regex(/^\/[\w./-]{1,100}$/, 'endpoint must be a provider path').optional()),
  code: z.preprocess(
    (v) => blank(single(v)),
    z.union([z.literal('none'), z.string().regex(/^-?\d{1,6}$/, 'code must be a number or "none"').transform(Number)]).optional(),
  ),
  order: z.preprocess((v) => blank(single(v)), z.string().regex(/^[A-Za-z0-9_-]{22}$/, 'order must be an order reference').optional()),
  limit: z.preprocess((v) => blank(single(v)), z.coerce.number().int().min(1).max(1000).optional()),
});

export type CallFilterInput = z.output<typeof callFilterSchema>;

export type CallFilterField = 'endpoint' | 'code' | 'order' | 'limit';

/** The filters a refusal names, once each: the page words them in its own language. */
export function filterErrors(issues: readonly { path: readonly PropertyKey[] }[]): CallFilterField[] {
  const fields = issues.map((issue) => String(issue.path[0] ?? 'limit'));
  return [...new Set(fields)].filter((field): field is CallFilterField => ['endpoint', 'code', 'order', 'limit'].includes(field));
}
