import { z } from 'zod/mini';

/** Exchanges send prices as decimal strings so they keep every digit; we accept exactly that. */
const DECIMAL = /^[+-]?\d+(\.\d+)?$/;

/** A decimal string such as "67490.01000000", parsed to a finite number. Rejects "", "NaN", 1e999. */
export const decimalString = z.pipe(
  z.string().check(z.regex(DECIMAL, 'expected a decimal string')),
  z.transform((value) => Number(value)),
);
