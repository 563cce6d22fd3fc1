import { z } from 'zod/mini';
import { finite, nonNegative, positive } from '../finite';
import { t } from '../words';

/** Exchanges send prices as decimal strings so they keep every digit; we accept exactly that. */
const DECIMAL = /^[+-]?\d+(\.\d+)?$/;

/**
 * A decimal string such as "-0.00010000" (a funding rate, a change), parsed to a finite number.
 * Rejects "", "NaN", "1e5" and a number too long for a double, which would read as Infinity.
 */
export const decimalString = z.pipe(
  z.pipe(z.string().check(z.regex(DECIMAL, { error: () => t('market.issueDecimalString') })), z.transform(Number)),
  finite,
);

/** A price, a size, an open interest: a decimal string of a number above zero. */
export const positiveDecimal = z.pipe(decimalString, positive);

/** A volume or an opening price, which is zero when nothing traded. */
export const nonNegativeDecimal = z.pipe(decimalString, nonNegative);
