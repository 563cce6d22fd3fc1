/**
 * How component readings become one score. Three rules, each tested as a property:
 * - a missing component is filled with the calmer of 50 (an ordinary day) and the average of the
 *   components that are present, so losing data can never make the market look worse;
 * - the linear part is the weighted mean;
 * - a co-stress term lifts the score toward 100 when several components are stressed at once,
 *   as the ECB's CISS weighs stress that is broad across segments above stress in one.
 */

/** How strongly broad stress lifts the score (0 = not at all, 1 = all the way to 100). */
export const CO_STRESS = 0.5;
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
  /** What the co-stress term added, in score points. */
  coStress: number;
  /** The value a missing component was filled with. */
  filled: number;
}

/** Undefined when no component is present: no data is no score, not a calm one. */
export function combine(inputs: readonly Weighted[]): Combined | undefined {
  const present = inputs.filter((input) => input.reading !== undefined);
  if (present.length === 0) return undefined;
  const presentWeight = present.reduce((a, input) => a + input.weight, 0);
  const presentMean = present.reduce((a, input) => a + input.weight * (input.reading as number), 0) / presentWeight;
  const filled = Math.min(presentMean, ORDINARY);
  const totalWeight = inputs.reduce((a, input) => a + input.weight, 0);

  const readings = inputs.map((input) => input.reading ?? filled);
  const contributions = inputs.map((input, k) => (input.weight * (readings[k] as number)) / totalWeight);
  const linear = contributions.reduce((a, b) => a + b, 0);

  // Stress above an ordinary day, 0–1, and its weighted mean over every pair of components.
  const excess = readings.map((reading) => Math.max(0, reading - ORDINARY) / (100 - ORDINARY));
  let pairs = 0;
  let pairWeights = 0;
  for (let a = 0; a < inputs.length; a++) {
    for (let b = a + 1; b < inputs.length; b++) {
      const w = (inputs[a] as Weighted).weight * (inputs[b] as Weighted).weight;
      pairs += w * (excess[a] as number) * (excess[b] as number);
      pairWeights += w;
    }
  }
  const broad = pairWeights > 0 ? pairs / pairWeights : 0;
  const coStress = CO_STRESS * broad * (100 - linear);
  return { score: Math.min(100, linear + coStress), contributions, coStress, filled };
}
