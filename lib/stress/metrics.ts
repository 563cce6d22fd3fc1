import { type AssetId, MAJOR_ASSETS } from '../assets';
import type { StressDay } from './day';

/**
 * Raw measures over a daily series: `days` ascending, one per 24 h, `i` the day measured. Each
 * looks only at days up to `i`, so the backtest can never see the future. Moves are measured from
 * the day's opening price, the close of the day before.
 */

const open = (days: readonly StressDay[], i: number, asset: AssetId) => days[i - 1]?.close[asset];

export interface Selloff {
  counted: number;
  /** The majors' mean fall from the day's open to the day's low, percent (0 for one that never fell below). */
  meanFallPct: number;
}

/**
 * How far the majors fell within the day: for each, open to low, then the mean. Unlike the close,
 * the low keeps a crash that recovered by the end of the day. Needs three majors.
 */
export function selloff(days: readonly StressDay[], i: number): Selloff | undefined {
  let counted = 0;
  let sum = 0;
  for (const asset of MAJOR_ASSETS) {
    const low = days[i]?.low?.[asset];
    const from = open(days, i, asset);
    if (low === undefined || from === undefined || from <= 0) continue;
    counted++;
    sum += Math.max(0, (1 - low / from) * 100);
  }
  return counted < 3 ? undefined : { counted, meanFallPct: sum / counted };
}

/** BTC's 24 h high-to-low range as a percent of its open. */
export function rangePct(days: readonly StressDay[], i: number): number | undefined {
  const high = days[i]?.high?.BTC;
  const low = days[i]?.low?.BTC;
  const from = open(days, i, 'BTC');
  return high === undefined || low === undefined || from === undefined || from <= 0
    ? undefined
    : ((high - low) / from) * 100;
}

/** Days of highs and lows in the realised volatility. */
export const VOL_DAYS = 7;

/**
 * BTC's realised volatility from the last VOL_DAYS days' highs and lows, annualised, percent: the
 * Parkinson (1980) estimator, σ² = mean(ln(high/low)²) / (4 ln 2). A range sees the whole day's
 * swing where a close-to-close return sees only where it ended.
 */
export function parkinsonVolPct(days: readonly StressDay[], i: number): number | undefined {
  let sum = 0;
  for (let k = i; k > i - VOL_DAYS; k--) {
    const high = days[k]?.high?.BTC;
    const low = days[k]?.low?.BTC;
    if (high === undefined || low === undefined || low <= 0) return undefined;
    sum += Math.log(high / low) ** 2;
  }
  return Math.sqrt((sum / VOL_DAYS / (4 * Math.LN2)) * 365) * 100;
}

/** Percent BTC stands below its highest close of the last 30 days (needs a week of closes). */
export function drawdownPct(days: readonly StressDay[], i: number): number | undefined {
  const now = days[i]?.close.BTC;
  if (now === undefined) return undefined;
  let closes = 0;
  let highest = 0;
  for (let k = Math.max(0, i - 29); k <= i; k++) {
    const close = days[k]?.close.BTC;
    if (close === undefined) continue;
    closes++;
    highest = Math.max(highest, close);
  }
  if (closes < 7) return undefined;
  return Math.max(0, (1 - now / highest) * 100);
}
