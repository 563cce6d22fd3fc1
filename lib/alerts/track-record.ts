import { type AssetId, isAssetId } from '../assets';
import { nearest } from '../history/daily';
import type { MarketPoint } from '../history/market-point';
import { type SeriesPoint, seriesOf } from '../history/series';
import { TIERS } from '../history/tiers';
import { DAY, HOUR, MINUTE } from '../time';
import type { AlertState } from './alert-state';

/**
 * Undertow's own track record, from what it already keeps: the score's last 90 days beside BTC's
 * price (the hourly history), and each alert it fired with what the market did over the day
 * after (the five-minute history for the last week, the hourly one before).
 */

/** The chart's span: all the hourly history keeps. */
export const RECORD_SPAN = TIERS.hourly.span;

/** Points per line: one every six hours over 90 days, finer than the popup's pixels. */
const MAX_POINTS = 360;

function thinned(series: SeriesPoint[]): SeriesPoint[] {
  const every = Math.ceil(series.length / MAX_POINTS);
  return every <= 1 ? series : series.filter((_, index) => index % every === 0 || index === series.length - 1);
}

/** The score and BTC's price over the last 90 days, each a line the chart draws. */
export function recordSeries(
  hourly: readonly MarketPoint[],
  now: number,
): { score: SeriesPoint[]; btc: SeriesPoint[] } {
  const from = now - RECORD_SPAN;
  return {
    score: thinned(seriesOf(hourly, (point) => point.score, from)),
    btc: thinned(seriesOf(hourly, (point) => point.close.BTC, from)),
  };
}

type Fired = AlertState['recent'][number];

/** What the market did after one alert: its asset's price and the score, then and a day later (or now). */
export interface AlertOutcome {
  alert: Fired;
  asset: AssetId;
  /** Percent change of the asset's price from the alert to `after`; undefined without prices. */
  changePct?: number;
  scoreBefore?: number;
  scoreAfter?: number;
  /** Hours measured: 24, or fewer while the day is not over. */
  hours: number;
}

/** How far a history point may stand from the moment it stands for, per tier. */
const TOLERANCE = { fiveMinute: 10 * MINUTE, hourly: HOUR };

function pointAt(fine: readonly MarketPoint[], hourly: readonly MarketPoint[], t: number): MarketPoint | undefined {
  const close = nearest(fine, t);
  if (close && Math.abs(close.t - t) <= TOLERANCE.fiveMinute) return close;
  const far = nearest(hourly, t);
  return far && Math.abs(far.t - t) <= TOLERANCE.hourly ? far : undefined;
}

/**
 * Each fired alert, newest first, with its asset's move over the following day; an alert about a
 * symbol history does not keep (a watchlist extra), or about no symbol, is measured by BTC.
 */
export function alertOutcomes(
  recent: readonly Fired[],
  fine: readonly MarketPoint[],
  hourly: readonly MarketPoint[],
  now: number,
): AlertOutcome[] {
  return recent.map((alert) => {
    const asset = alert.asset && isAssetId(alert.asset) ? alert.asset : 'BTC';
    const end = Math.min(alert.at + DAY, now);
    const before = pointAt(fine, hourly, alert.at);
    const after = end > alert.at ? pointAt(fine, hourly, end) : undefined;
    const from = before?.close[asset];
    const to = after?.close[asset];
    return {
      alert,
      asset,
      ...(from && to && after !== before && { changePct: (to / from - 1) * 100 }),
      ...(before?.score !== undefined && { scoreBefore: before.score }),
      ...(after?.score !== undefined && after !== before && { scoreAfter: after.score }),
      hours: Math.round((end - alert.at) / HOUR),
    };
  });
}
