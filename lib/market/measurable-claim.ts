import type { Claim } from '../annotate/claim';

/** The kinds a live figure is held against as a ratio: how far the market stands from them. */
const RATIO_KINDS: ReadonlySet<Claim['kind']> = new Set(['price', 'oi-level', 'support', 'resistance']);

/**
 * Whether a claim can be held against the market. A price, level or open interest of nothing (an
 * article's "$0") stands infinitely far from any figure, and no alert can be set at it: such a
 * claim gets no chip.
 */
export function isMeasurable(claim: Claim): boolean {
  return !RATIO_KINDS.has(claim.kind) || claim.value > 0;
}
