import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAJOR_ASSETS } from '@/lib/assets';
import type { StressDay } from '@/lib/stress/day';
import { topReasons } from '@/lib/stress/reasons';
import { REFERENCE } from '@/lib/stress/reference';
import { rawSeries, scoreDay, scoreLatest } from '@/lib/stress/score';
import { DAY } from '@/lib/time';

const positive = fc.double({ min: 1, max: 1e5, noNaN: true });
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const dayArb = fc.record({
  closes: fc.array(maybe(positive), { minLength: 5, maxLength: 5 }),
  swing: maybe(fc.double({ min: 0, max: 0.5, noNaN: true })),
  long: maybe(fc.double({ min: 0, max: 1e10, noNaN: true })),
  partial: fc.boolean(),
  dvol: maybe(fc.double({ min: 10, max: 300, noNaN: true })),
});
const daysArb = fc.array(dayArb, { minLength: 1, maxLength: 60 }).map((rows) =>
  rows.map((row, k): StressDay => {
    const day: StressDay = { t: k * DAY, close: {} };
    MAJOR_ASSETS.forEach((asset, a) => {
      const close = row.closes[a];
      if (close === undefined) return;
      day.close[asset] = close;
      if (row.swing === undefined) return;
      day.low = { ...day.low, [asset]: close * (1 - row.swing) };
      day.high = { ...day.high, [asset]: close * (1 + row.swing) };
    });
    if (row.long !== undefined) day.liqLong24hUsd = row.long;
    if (row.long !== undefined && row.partial) day.liqPartial = true;
    if (row.dvol !== undefined) day.btcDvol = row.dvol;
    return day;
  }),
);

describe('the stress score over days', () => {
  it('is 0–100, explained, and the same every time, for any market, with or without a long-run record', () => {
    fc.assert(
      fc.property(daysArb, fc.boolean(), (days, withRecord) => {
        const options = withRecord ? {} : { reference: {} };
        const result = scoreLatest(days, options);
        if (!result) return true;
        const again = scoreLatest(days, options);
        return (
          result.score >= 0 &&
          result.score <= 100 &&
          JSON.stringify(result) === JSON.stringify(again) &&
          result.components.every((c) => (c.reading === undefined) === (c.missing !== undefined))
        );
      }),
    );
  });

  it('never looks ahead: a day scores the same whatever comes after it', () => {
    fc.assert(
      fc.property(daysArb, daysArb, (past, future) => {
        const i = past.length - 1;
        const alone = scoreDay(past, i, rawSeries(past));
        const shifted = future.map((day, k) => ({ ...day, t: (past.length + k) * DAY }));
        const joined = [...past, ...shifted];
        return JSON.stringify(alone) === JSON.stringify(scoreDay(joined, i, rawSeries(joined)));
      }),
    );
  });

  it('reads the backdrop against the long-run record alone: the same DVOL reads the same after any days', () => {
    fc.assert(
      fc.property(daysArb, fc.double({ min: 10, max: 300, noNaN: true }), (days, dvol) => {
        const today: StressDay = { t: days.length * DAY, close: { BTC: 100 }, btcDvol: dvol };
        const reading = (before: StressDay[]) =>
          scoreLatest([...before, today])?.components.find((c) => c.id === 'impliedVol')?.reading;
        return reading(days) === reading([]);
      }),
    );
  });

  it('says a missing component is missing and why, and never counts it as calm', () => {
    const days: StressDay[] = Array.from({ length: 40 }, (_, k) => ({ t: k * DAY, close: { BTC: 100 + k } }));
    const result = scoreLatest(days);
    const dvol = result?.components.find((c) => c.id === 'impliedVol');
    expect(dvol).toMatchObject({ missing: "needs Deribit's DVOL" });
    expect(dvol?.reading).toBeUndefined();
  });

  it('does not count a partial liquidation watch until it reads above an ordinary day', () => {
    const days: StressDay[] = Array.from({ length: 40 }, (_, k) => ({
      t: k * DAY,
      close: { BTC: 100 },
      liqLong24hUsd: 20e6,
    }));
    const today = (long: number): StressDay => ({
      t: 40 * DAY,
      close: { BTC: 100 },
      liqLong24hUsd: long,
      liqPartial: true,
    });
    const liquidations = (long: number) =>
      scoreLatest([...days, today(long)])?.components.find((c) => c.id === 'liquidations');
    expect(liquidations(1e6)).toMatchObject({
      missing: 'watching for less than 24 h, and not yet above an ordinary day',
    });
    expect(liquidations(300e6)?.reading).toBeGreaterThan(50);
  });

  it('reads high on a crash after a quiet spell, and says the sell-off and the liquidations are why', () => {
    const quietDay = (k: number): StressDay => {
      const close = 68_000 + (k % 3) * 300;
      return {
        t: k * DAY,
        close: { BTC: close, ETH: 2000, SOL: 85, XRP: 1.4, BNB: 620 },
        high: { BTC: close * 1.01, ETH: 2020, SOL: 86, XRP: 1.41, BNB: 625 },
        low: { BTC: close * 0.99, ETH: 1980, SOL: 84, XRP: 1.39, BNB: 615 },
        liqLong24hUsd: 20e6,
        liqShort24hUsd: 15e6,
        btcDvol: 45,
      };
    };
    const quiet = Array.from({ length: 60 }, (_, k) => quietDay(k));
    const before = (quiet.at(-1) as StressDay).close;
    const crash: StressDay = {
      t: 60 * DAY,
      close: { BTC: 61_000, ETH: 1800, SOL: 75, XRP: 1.25, BNB: 580 },
      high: { BTC: 68_700, ETH: 2010, SOL: 85.5, XRP: 1.41, BNB: 622 },
      low: { BTC: 59_000, ETH: 1700, SOL: 70, XRP: 1.15, BNB: 560 },
      liqLong24hUsd: 900e6,
      liqShort24hUsd: 60e6,
      btcDvol: 70,
    };
    const result = scoreLatest([...quiet, crash], { reference: REFERENCE });
    expect(result?.score).toBeGreaterThan(65);
    const reasons = topReasons(result as NonNullable<typeof result>);
    const meanFall =
      (['BTC', 'ETH', 'SOL', 'XRP', 'BNB'] as const).reduce(
        (sum, a) => sum + (1 - (crash.low?.[a] as number) / (before[a] as number)) * 100,
        0,
      ) / 5;
    expect(reasons).toContain(`The majors fell ${meanFall.toFixed(1)}% on average to their lows in 24 h`);
    expect(reasons).toContain('$900M longs and $60M shorts liquidated in 24 h');
  });
});
