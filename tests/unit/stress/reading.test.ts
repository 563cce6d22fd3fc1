import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MIN_HISTORY,
  PRIOR_WEIGHT,
  readingOf,
  recordReading,
  referenceShareBelow,
  shareBelow,
} from '@/lib/stress/reading';

const values = fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { maxLength: 60 });
const quantiles = fc
  .array(fc.double({ min: -1e3, max: 1e3, noNaN: true }), { minLength: 21, maxLength: 21 })
  .map((q) => [...q].sort((a, b) => a - b));

describe('readings', () => {
  it('counts only values strictly below, so a run of zeros reads zero', () => {
    expect(shareBelow([0, 0, 0, 1], 0)).toBe(0);
    expect(shareBelow([0, 0, 0, 1], 0.5)).toBe(0.75);
    expect(shareBelow([1, 2, 3], 10)).toBe(1);
  });

  it('never falls as the value rises, own history or reference', () => {
    fc.assert(
      fc.property(values, quantiles, fc.double({ noNaN: true }), fc.double({ noNaN: true }), (history, q, a, b) => {
        const [low, high] = a < b ? [a, b] : [b, a];
        const ref = referenceShareBelow(q, low);
        return (
          shareBelow(history, low) <= shareBelow(history, high) &&
          ref <= referenceShareBelow(q, high) &&
          ref >= 0 &&
          ref <= 1
        );
      }),
    );
  });

  it('interpolates between the reference quantiles', () => {
    const q = Array.from({ length: 21 }, (_, k) => k * 10);
    expect(referenceShareBelow(q, 100)).toBeCloseTo(0.5);
    expect(referenceShareBelow(q, 105)).toBeCloseTo(0.525);
    expect(referenceShareBelow(q, -1)).toBe(0);
    expect(referenceShareBelow(q, 1000)).toBe(1);
  });

  it('is missing, and says why, with too little history and no reference', () => {
    expect(readingOf(5, [1, 2, 3])).toEqual({ missing: `collecting history, 3 of ${MIN_HISTORY} days` });
  });

  it('leans on the reference while its own history is short, less as history grows', () => {
    const q = Array.from({ length: 21 }, (_, k) => k);
    const own = Array.from({ length: PRIOR_WEIGHT }, () => 100);
    // The reference says the 90th percentile; an own history all above says 0: halfway.
    expect(readingOf(18, own, q)).toEqual({ reading: 45 });
    expect(readingOf(18, [], q)).toEqual({ reading: 90 });
  });

  it('reads the backdrop against the long-run record alone, and not at all without one', () => {
    const q = Array.from({ length: 21 }, (_, k) => k * 10);
    expect(recordReading(105, q)).toEqual({ reading: 52.5 });
    expect(recordReading(105)).toEqual({ missing: 'no long-run record to read it against' });
  });
});
