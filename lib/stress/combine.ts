/**
 * How component readings become one score: the weighted mean, a missing component counted as the
 * calmer of 50 (an ordinary day) and the mean of the components that are present, so losing data
 * can never make the market look worse. Each rule is tested as a property.
 */

/** The reading of an ordinary day. */
const ORDINARY = 50;

export interface Weighted {
  weight: number;
  /** 0–100, or undefined when the component is missing. */
  reading: number | undefined;
}

export interface Combined {
  score: number;
  /** Each input's share of the score, in score points (missing ones at their filled value). */
  contributions: number[];
  /** The value a missing component was filled with. */
  filled: number;
}

/** Undefined when no weighted component is present: no data is no score, not a calm one. */
export function combine(inputs: readonly Weighted[]): Combined | undefined {
  const present = inputs.filter((input) => input.reading !== undefined);
  const presentWeight = present.reduce((a, input) => a + input.weight, 0);
  if (presentWeight === 0) return undefined;
  const presentMean = present.reduce((a, input) => a + input.weight * (input.reading as number), 0) / presentWeight;
  const filled = Math.min(presentMean, ORDINARY);
  const totalWeight = inputs.reduce((a, input) => a + input.weight, 0);
  const contributions = inputs.map((input) => (input.weight * (input.reading ?? filled)) / totalWeight);
  return { score: contributions.reduce((a, b) => a + b, 0), contributions, filled };
}
