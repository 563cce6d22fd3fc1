import { describe, expect, it } from 'vitest';
import { MAJOR_ASSETS } from '@/lib/assets';
import type { MarketPoint } from '@/lib/history/market-point';
import { COVERED_HOURS, majorPrices, withExtremes } from '@/lib/stress/extremes';
import { DAY, HOUR, MINUTE } from '@/lib/time';

const T = 10 * DAY;
/** Five-minute BTC and ETH points over (from, to], priced by `price(t)`. */
const fiveMinutes = (from: number, to: number, price: (t: number) => number): MarketPoint[] => {
  const points: MarketPoint[] = [];
  for (let t = from + 5 * MINUTE; t <= to; t += 5 * MINUTE)
    points.push({ t, close: { BTC: price(t), ETH: 2 * price(t) } });
  return points;
};
const days: MarketPoint[] = [
  { t: T - 2 * DAY, close: { BTC: 90 } },
  { t: T - DAY, close: { BTC: 100, ETH: 200 } },
  { t: T, close: { BTC: 104, ETH: 208 } },
];

describe("a day's highs and lows from the five-minute history", () => {
  it('takes the extremes of the 24 h before the day, its open and its close', () => {
    // A dip to 95 six hours in, a spike to 112 at hour 18; everything else at 101.
    const price = (t: number) => (t === T - 18 * HOUR ? 95 : t === T - 6 * HOUR ? 112 : 101);
    const [, , today] = withExtremes(days, fiveMinutes(T - DAY, T, price));
    expect(today?.low).toEqual({ BTC: 95, ETH: 190 });
    expect(today?.high).toEqual({ BTC: 112, ETH: 224 });
  });

  it('counts the open and close even when every point between lies inside them', () => {
    const [, , today] = withExtremes(
      days,
      fiveMinutes(T - DAY, T, () => 102),
    );
    expect(today?.low?.BTC).toBe(100);
    expect(today?.high?.BTC).toBe(104);
  });

  it('leaves out points from before the window, however extreme', () => {
    const points = [{ t: T - DAY, close: { BTC: 1 } }, ...fiveMinutes(T - DAY, T, () => 102)];
    expect(withExtremes(days, points)[2]?.low?.BTC).toBe(100);
  });

  it(`gives no extremes to a day priced in fewer than ${COVERED_HOURS} of its hours`, () => {
    const short = fiveMinutes(T - (COVERED_HOURS - 1) * HOUR, T, () => 102);
    expect(withExtremes(days, short)[2]).toEqual(days[2]);
    const enough = fiveMinutes(T - COVERED_HOURS * HOUR, T, () => 102);
    expect(withExtremes(days, enough)[2]?.low?.BTC).toBe(100);
  });

  it('gives none to a day older than the points, nor for an asset without an open', () => {
    const [first, yesterday] = withExtremes(
      days,
      fiveMinutes(T - 2 * DAY, T, () => 100),
    );
    expect(first).toEqual(days[0]);
    // Yesterday has BTC's open (90) but not ETH's.
    expect(yesterday?.low).toEqual({ BTC: 90 });
  });

  it('reads the majors in MAJOR_ASSETS order', () => {
    const close = Object.fromEntries(MAJOR_ASSETS.map((asset, k) => [asset, k + 1]));
    expect(majorPrices(close)).toEqual(MAJOR_ASSETS.map((_, k) => k + 1));
  });
});
