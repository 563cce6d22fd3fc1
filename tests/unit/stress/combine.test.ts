import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { combine, type Weighted } from '@/lib/stress/combine';
import { BACKDROP_SHARE, COMPONENTS, weightOf } from '@/lib/stress/components';

const WEIGHTS = COMPONENTS.map((c) => weightOf(c));
const reading = fc.double({ min: 0, max: 100, noNaN: true });
const maybeReading = fc.option(reading, { nil: undefined });
const inputsArb = fc
  .array(maybeReading, { minLength: WEIGHTS.length, maxLength: WEIGHTS.length })
  .map((readings) => readings.map((r, k): Weighted => ({ weight: WEIGHTS[k] as number, reading: r })));

const scoreOf = (inputs: Weighted[]) => combine(inputs)?.score;

describe('combine', () => {
  it('stays within 0–100 for any readings, and its parts add up to the score', () => {
    fc.assert(
      fc.property(inputsArb, (inputs) => {
        const result = combine(inputs);
        if (!result) return inputs.every((i) => i.reading === undefined);
        const sum = result.contributions.reduce((a, b) => a + b, 0);
        return result.score >= 0 && result.score <= 100 && Math.abs(sum - result.score) < 1e-9;
      }),
    );
  });

  it('rises when one component rises and the rest stay put', () => {
    fc.assert(
      fc.property(inputsArb, fc.nat(WEIGHTS.length - 1), reading, reading, (inputs, k, a, b) => {
        fc.pre(Math.abs(a - b) > 1e-6);
        const [low, high] = a < b ? [a, b] : [b, a];
        const withLow = inputs.map((input, j) => (j === k ? { ...input, reading: low } : input));
        const withHigh = inputs.map((input, j) => (j === k ? { ...input, reading: high } : input));
        return (scoreOf(withHigh) as number) > (scoreOf(withLow) as number);
      }),
    );
  });

  it('never rises because a component went missing, against that component reading anything from 50 up', () => {
    fc.assert(
      fc.property(
        inputsArb,
        fc.nat(WEIGHTS.length - 1),
        fc.double({ min: 50, max: 100, noNaN: true }),
        (inputs, k, r) => {
          const present = inputs.map((input, j) => (j === k ? { ...input, reading: r } : input));
          const missing = inputs.map((input, j) => (j === k ? { ...input, reading: undefined } : input));
          const lost = scoreOf(missing);
          return lost === undefined || lost <= (scoreOf(present) as number) + 1e-9;
        },
      ),
    );
  });

  it('gives the same answer for the same input, and leaves the input as it was', () => {
    fc.assert(
      fc.property(inputsArb, (inputs) => {
        const copy = structuredClone(inputs);
        const first = JSON.stringify(combine(inputs));
        return first === JSON.stringify(combine(copy)) && JSON.stringify(inputs) === JSON.stringify(copy);
      }),
    );
  });

  it('has no score without any weighted component, rather than a calm one', () => {
    expect(combine(WEIGHTS.map((weight) => ({ weight, reading: undefined })))).toBeUndefined();
    expect(
      combine([
        { weight: 0, reading: 90 },
        { weight: 1, reading: undefined },
      ]),
    ).toBeUndefined();
  });

  it('is the weighted mean: every component at 80 scores 80', () => {
    expect(combine(WEIGHTS.map((weight) => ({ weight, reading: 80 })))?.score).toBeCloseTo(80, 12);
  });

  it('fills a missing component with the calmer of an ordinary day and the rest', () => {
    const calm = WEIGHTS.map((weight, k) => ({ weight, reading: k === 0 ? undefined : 20 }));
    expect(combine(calm)?.filled).toBeCloseTo(20);
    const hot = WEIGHTS.map((weight, k) => ({ weight, reading: k === 0 ? undefined : 90 }));
    expect(combine(hot)?.filled).toBe(50);
  });
});

describe('the weights', () => {
  it('give the backdrop its share and the shocks the rest, evenly within each group, summing to 1', () => {
    const total = (group: string, share?: number) =>
      COMPONENTS.filter((c) => c.group === group).reduce((a, c) => a + weightOf(c, share), 0);
    expect(total('backdrop')).toBeCloseTo(BACKDROP_SHARE, 12);
    expect(total('shock')).toBeCloseTo(1 - BACKDROP_SHARE, 12);
    expect(total('backdrop', 0.6) + total('shock', 0.6)).toBeCloseTo(1, 12);
    const shocks = COMPONENTS.filter((c) => c.group === 'shock').map((c) => weightOf(c));
    expect(new Set(shocks).size).toBe(1);
  });
});
