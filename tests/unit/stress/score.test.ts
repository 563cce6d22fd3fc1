import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MarketPoint } from '@/lib/history/market-point';
import { topReasons } from '@/lib/stress/reasons';
import { REFERENCE } from '@/lib/stress/reference';
import { rawSeries, scoreDay, scoreLatest } from '@/lib/stress/score';
import { DAY } from '@/lib/time';

const positive = fc.double({ min: 1, max: 1e5, noNaN: true });
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const dayArb = fc.record({
  btc: positive,
  eth: maybe(positive),
  sol: maybe(positive),
  oi: maybe(fc.double({ min: -60, max: 60, noNaN: true })),
  funding: maybe(fc.double({ min: -0.01, max: 0.01, noNaN: true })),
  basis: maybe(fc.double({ min: -5, max: 5, noNaN: true })),
  long: maybe(fc.double({ min: 0, max: 1e10, noNaN: true })),
  dvol: maybe(fc.double({ min: 10, max: 300, noNaN: true })),
  ratio: maybe(fc.double({ min: 0.1, max: 10, noNaN: true })),
});
const daysArb = fc.array(dayArb, { minLength: 1, maxLength: 80 }).map((rows) =>
  rows.map((row, k): MarketPoint => {
    const point: MarketPoint = { t: k * DAY, close: { BTC: row.btc } };
    if (row.eth !== undefined) point.close.ETH = row.eth;
    if (row.sol !== undefined) point.close.SOL = row.sol;
    if (row.oi !== undefined) point.oiChange24hPct = row.oi;
    if (row.funding !== undefined) point.btcFunding8h = row.funding;
    if (row.basis !== undefined) point.btcBasisPct = row.basis;
    if (row.long !== undefined) point.liqLong24hUsd = row.long;
    if (row.dvol !== undefined) point.btcDvol = row.dvol;
    if (row.ratio !== undefined) point.btcLongShort = row.ratio;
    return point;
  }),
);

describe('the stress score over days', () => {
  it('is 0–100, explained, and the same every time, for any market', () => {
    fc.assert(
      fc.property(daysArb, fc.boolean(), (days, withReference) => {
        const options = withReference ? { reference: REFERENCE } : {};
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

  it('says a missing component is missing and why, and never counts it as calm', () => {
    const days: MarketPoint[] = Array.from({ length: 40 }, (_, k) => ({ t: k * DAY, close: { BTC: 100 + k } }));
    const result = scoreLatest(days);
    const dvol = result?.components.find((c) => c.id === 'impliedVol');
    expect(dvol).toMatchObject({ missing: "needs Deribit's DVOL" });
    expect(dvol?.reading).toBeUndefined();
  });

  it('names forced deleveraging and liquidations on an article-day market', () => {
    const quiet = Array.from(
      { length: 60 },
      (_, k): MarketPoint => ({
        t: k * DAY,
        close: { BTC: 68_000 + (k % 3) * 300, ETH: 2000, SOL: 85, XRP: 1.4, BNB: 620 },
        oiChange24hPct: (k % 2) - 0.5,
        btcFunding8h: 0.0001,
        liqLong24hUsd: 20e6,
        liqShort24hUsd: 15e6,
        btcDvol: 50,
      }),
    );
    const last = quiet.at(-1) as MarketPoint;
    const today: MarketPoint = {
      t: last.t + DAY,
      close: { BTC: (last.close.BTC as number) * (1 - 0.0188), ETH: 1950, SOL: 82, XRP: 1.37, BNB: 612 },
      oiChange24hPct: -4.4,
      btcFunding8h: 0.00005,
      liqLong24hUsd: 237e6,
      liqShort24hUsd: 41e6,
      btcDvol: 58,
    };
    const result = scoreLatest([...quiet, today], { reference: REFERENCE });
    expect(result?.score).toBeGreaterThan(50);
    const reasons = topReasons(result as NonNullable<typeof result>);
    expect(reasons).toContain('Open interest -4.4% in 24 h while BTC fell 1.9%: forced deleveraging');
    expect(reasons).toContain('$237M longs and $41M shorts liquidated in 24 h');
  });
});
