import { z } from 'zod/mini';

/**
 * A number that is neither NaN nor infinite: what every stored or received figure must be. Zod 4's
 * `number()` already refuses both, so this is that schema under a name that says what it checks.
 */
export const finite = z.number();

/** A price, an open interest, a ratio: finite and above zero, as no market quotes nothing. */
export const positive = finite.check(z.positive());

/** A traded volume or an opening price: zero when nothing traded, never below. */
export const nonNegative = finite.check(z.nonnegative());
