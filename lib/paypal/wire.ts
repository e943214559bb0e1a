import { z } from 'zod';

/*
 * PayPal's Orders v2 answers, as its documentation shows them: only the fields the shop relies on
 * are required, everything else passes through unread.
 */

export const tokenAnswerSchema = z.object({
  access_token: z.string().min(1),
  token_type: z.string(),
  /** Seconds. */
  expires_in: z.number().int().positive(),
});

const moneySchema = z.object({ currency_code: z.string().regex(/^[A-Z]{3}$/), value: z.string().regex(/^\d+(\.\d+)?$/) });

export const captureSchema = z.object({
  id: z.string().min(1),
  /** COMPLETED, PENDING (held for review), DECLINED, PARTIALLY_REFUNDED, REFUNDED, FAILED. */
  status: z.string(),
  amount: moneySchema,
  status_details: z.object({ reason: z.string() }).partial().optional(),
});

export const orderSchema = z.object({
  id: z.string().min(1),
  /** CREATED, SAVED, APPROVED, VOIDED, COMPLETED, PAYER_ACTION_REQUIRED. */
  status: z.string(),
  purchase_units: z
    .array(
      z.object({
        reference_id: z.string().optional(),
        amount: moneySchema.optional(),
        payments: z.object({ captures: z.array(captureSchema).optional() }).optional(),
      }),
    )
    .optional(),
});

export const refundSchema = z.object({ id: z.string().min(1), status: z.string() });

/** An error answer: `name` like UNPROCESSABLE_ENTITY, the reason in `details[].issue` (INSTRUMENT_DECLINED...). */
export const errorSchema = z.object({
  name: z.string(),
  message: z.string().optional(),
  debug_id: z.string().optional(),
  details: z.array(z.object({ issue: z.string(), description: z.string().optional() })).optional(),
});

export type PayPalOrderWire = z.output<typeof orderSchema>;
export type PayPalCaptureWire = z.output<typeof captureSchema>;
