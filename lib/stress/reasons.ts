import type { ComponentResult, StressResult } from './result';

/** A component reads as a reason once it stands above this share of its own history. */
export const REASON_READING = 70;

/** Present components, largest share of the score first: the popup's breakdown. */
export function byContribution(result: StressResult): ComponentResult[] {
  return result.components.filter((c) => c.reading !== undefined).sort((a, b) => b.contribution - a.contribution);
}

/**
 * The why in words: the components running hottest against their own history, largest share
 * first. Empty when nothing stands out, which is what a calm market looks like.
 */
export function topReasons(result: StressResult, count = 3): string[] {
  return byContribution(result)
    .filter((c) => (c.reading ?? 0) >= REASON_READING && c.sentence)
    .slice(0, count)
    .map((c) => capitalise(c.sentence as string));
}

/** A sentence as it opens a line. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
