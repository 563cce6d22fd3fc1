import { z } from 'zod/mini';

/**
 * A number that is neither NaN nor infinite: what every stored or received figure must be. Zod 4's
 * `number()` already refuses both, so this is that schema under a name that says what it checks.
 */
export const finite = z.number();
