import { z } from 'zod';

/**
 * The provider's wire shapes. Objects are not strict: unknown fields are dropped, and only what the
 * shop relies on is required, so a new field upstream never breaks the shop.
 */

const wireInt = z.union([z.number(), z.string().regex(/^-?\d+$/).transform(Number)]).pipe(z.number().int());
const wireDecimal = z.union([z.number(), z.string().regex(/^\d+(\.\d+)?$/)]);
const text = z.string().nullish().transform((value) => value ?? '');

/** Older pages show "0000" as a string: accept 0, "0" and "0000". */
export const envelopeSchema = z.object({
  code: z.union([z.number().int(), z.string().regex(/^-?\d+$/).transform(Number)]),
  data: z.unknown().optional(),
  message: z.string().nullish(),
});

export const countrySchema = z.object({
  countryCode: wireInt,
  countryName: z.string().min(1),
  isoCountryName: text,
  iso2: z.string().length(2),
  continent: text,
});
export const countryListSchema = z.array(countrySchema);

export const currencyInfoSchema = z.object({
  currencyId: wireInt,
  currencyAbbr: z.string().regex(/^[A-Z]{3}$/),
  currencyName: text,
  currencySymbol: text,
  digitsNum: wireInt.pipe(z.number().min(0).max(6)),
  price: wireDecimal,
});

export const packageSchema = z.object({
  id: wireInt,
  packageCode: z.string().min(1),
  packageShowName: z.string().min(1),
  packageShortDesc: text,
  packageDesc: text,
  packageFlow: wireInt,
  period: wireInt.pipe(z.number().min(1)),
  periodUnit: z.string().nullish().transform((value) => value || 'DAY'),
  minOrderPeriod: wireInt.pipe(z.number().min(1)),
  maxOrderPeriod: wireInt.pipe(z.number().min(1)),
  currencyInfos: z.array(currencyInfoSchema).min(1),
  coverCountrys: z
    .union([wireInt, z.array(wireInt), z.null(), z.undefined()])
    .transform((value) => (value == null ? [] : Array.isArray(value) ? value : [value])),
});
export const packageListSchema = z.array(packageSchema);

export const preOrderAnswerSchema = z.object({
  id: wireInt,
  orderNo: z.string().min(1),
  amount: wireDecimal,
  packageName: text,
  orderTime: z.string().min(1),
  periodNum: wireInt,
  currency: z.string().regex(/^[A-Z]{3}$/),
  clientId: text,
});

/** Login: the docs do not say where the token comes; accept `{token}` or a bare string. */
export const loginAnswerSchema = z.union([
  z.object({ token: z.string().min(1), expireTime: z.string().nullish() }),
  z.string().min(1).transform((token) => ({ token, expireTime: null })),
]);

export type WireCountry = z.infer<typeof countrySchema>;
export type WirePackage = z.infer<typeof packageSchema>;

export const orderStatusSchema = z.object({
  orderPayStatus: wireInt.pipe(z.number().min(0).max(3)),
  qrCode: z.string().nullish(),
});

const optionalInt = z.union([wireInt, z.null(), z.undefined()]).transform((value) => value ?? null);
const optionalText = z.string().nullish().transform((value) => value || null);

/** Undocumented upstream ("to add"): only the activation code is required, the rest is tolerated. */
export const esimDetailSchema = z.object({
  orderId: optionalInt,
  orderNo: optionalText,
  iccid: z.union([z.string(), z.number()]).nullish().transform((value) => (value == null || value === '' ? null : String(value))),
  packageName: optionalText,
  qrCode: z.string().min(1),
  smdpAddress: optionalText,
  activationCode: optionalText,
  status: z.union([z.string(), z.number()]).nullish().transform((value) => (value == null ? null : String(value))),
  packageFlow: optionalInt,
  usedFlow: z.union([z.number(), z.null(), z.undefined()]).transform((value) => value ?? null),
  validFrom: optionalText,
  validTo: optionalText,
});

/** An envelope whose `data` we do not rely on (a replayed call's). */
export const anyDataSchema = z.unknown();

/**
 * The webhook's answer: its `data` (null) is not used, but it must be there. A success without it is
 * a broken answer, and a payment report is never taken as accepted on one: it stays unconfirmed,
 * and the order's status tells whether the report arrived.
 */
export const webhookAnswerSchema = z.unknown().refine((data) => data !== undefined, 'missing');
