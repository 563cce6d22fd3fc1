import { z } from 'zod/mini';

/** A number that is neither NaN nor infinite: what every stored or received figure must be. */
export const finite = z.number().check(z.refine(Number.isFinite, 'must be finite'));
