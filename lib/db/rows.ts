import { z } from 'zod';

/**
 * A whole number as either driver returns it: SQLite gives numbers, pg gives BIGINT as a string so
 * nothing is rounded. Money, ids and counts stay well inside safe integers; z.int() refuses any that
 * would not.
 */
export const bigint = z.union([z.int(), z.string().regex(/^-?\d+$/).transform(Number).pipe(z.int())]);

/** A limit on how many rows a list answers: whole, at least 1, at most 1000. */
export const clampLimit = (limit: number) => Math.max(1, Math.min(Math.trunc(limit) || 1, 1000));
