import { definedField } from '../defined-field';
import type { CycleData } from '../market/cycle-data';
import { openInterestChange } from '../market/derivatives';
import { HOUR, MINUTE } from '../time';
import type { MarketPoint } from './market-point';
import { TIERS } from './tiers';

type Timed = { at: number };

/** The latest item at or before `t`, no older than `maxAge`, in a list ordered by time. */
function latestBefore<T extends Timed>(items: readonly T[], t: number, maxAge: number): T | undefined {
  const item = items.findLast((candidate) => candidate.at <= t);
  return item && t - item.at <= maxAge ? item : undefined;
}

const byTime = <T extends Timed>(items: readonly T[]) => [...items].sort((a, b) => a.at - b.at);

/**
 * Hourly history points from what the backfill fetched, on the hour from its earliest figure to
 * `now`: closes from the hourly candles, and the derivatives as they stood at each hour. Each
 * figure is what was known at that hour, never later; a candle still open has not closed. Then a
 * point every five minutes of the last hours, closes only, so that a move over the past hour has
 * where it started. The venues' parts may arrive in different cycles: the store merges each into
 * the points it has.
 */
export function backfillPoints(
  data: Pick<CycleData, 'candles' | 'fiveMinuteCandles' | 'openInterestHistory' | 'funding' | 'volIndex' | 'longShort'>,
  now: number,
): MarketPoint[] {
  return [...hourlyPoints(data, now), ...fiveMinutePoints(data.fiveMinuteCandles, now)];
}

const FIVE_MINUTES = 5 * MINUTE;

/** Closes every five minutes, each at its candle's end, those on the hour left to the hourly points. */
function fiveMinutePoints(candles: CycleData['fiveMinuteCandles'], now: number): MarketPoint[] {
  const closes = new Map<number, MarketPoint['close']>();
  for (const candle of candles) {
    const t = candle.at + FIVE_MINUTES;
    if (t > now || t % HOUR === 0) continue;
    closes.set(t, { ...closes.get(t), [candle.asset]: candle.close });
  }
  return [...closes].sort(([a], [b]) => a - b).map(([t, close]) => ({ t, close }));
}

function hourlyPoints(
  data: Pick<CycleData, 'candles' | 'openInterestHistory' | 'funding' | 'volIndex' | 'longShort'>,
  now: number,
): MarketPoint[] {
  const closes = new Map<number, MarketPoint['close']>();
  for (const candle of data.candles) {
    const t = candle.at + HOUR;
    closes.set(t, { ...closes.get(t), [candle.asset]: candle.close });
  }
  const openInterest = byTime(data.openInterestHistory);
  const funding = byTime(data.funding.filter((f) => f.asset === 'BTC'));
  const dvol = byTime(data.volIndex.filter((v) => v.asset === 'BTC'));
  const longShort = byTime(data.longShort.filter((l) => l.asset === 'BTC'));

  const times = [
    ...closes.keys(),
    ...[openInterest, funding, dvol, longShort].flatMap((series) => series.map((p) => p.at)),
  ];
  if (times.length === 0) return [];
  const points: MarketPoint[] = [];
  // History keeps no point older than its longest tier, so a venue's stray timestamp (1970, or
  // years back) cannot make this walk hour by hour through decades.
  const from = Math.max(Math.min(...times), now - TIERS.hourly.span);
  for (let t = Math.ceil(from / HOUR) * HOUR; t <= now; t += HOUR) {
    // Only the day before `t` matters for a 24 h change: each hour compares a day's worth of points.
    const known = openInterest.filter((p) => p.at <= t && p.at > t - 27 * HOUR);
    const point: MarketPoint = {
      t,
      close: closes.get(t) ?? {},
      ...definedField('oiChange24hPct', openInterestChange(known)['24h']),
      ...definedField('btcFunding8h', latestBefore(funding, t, 8 * HOUR)?.fundingRate8h),
      ...definedField('btcDvol', latestBefore(dvol, t, HOUR)?.value),
      ...definedField('btcLongShort', latestBefore(longShort, t, 2 * HOUR)?.longShortRatio),
    };
    if (Object.keys(point.close).length > 0 || Object.keys(point).length > 2) points.push(point);
  }
  return points;
}
