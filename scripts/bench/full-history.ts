import { MAJOR_ASSETS } from '../../lib/assets';
import type { MarketPoint } from '../../lib/history/market-point';
import { EMPTY_HISTORY, type History, recordPoints } from '../../lib/history/store';
import { TIERS } from '../../lib/history/tiers';
import { MINUTE } from '../../lib/time';

/** A point with every field set to a figure of realistic length: storage's worst case. */
function point(t: number, k: number): MarketPoint {
  const wave = Math.sin(k / 97);
  const close: MarketPoint['close'] = {};
  MAJOR_ASSETS.forEach((asset, a) => {
    close[asset] = (67490.12345 / 10 ** a) * (1 + wave / 20);
  });
  return {
    t,
    close,
    oiChange24hPct: -4.412345 * wave,
    btcFunding8h: 0.0001234567 * wave,
    btcBasisPct: -0.0212345 * wave,
    liqLong24hUsd: 237_123_456.78 * (1 + wave),
    liqShort24hUsd: 41_123_456.78 * (1 + wave),
    btcDvol: 58.12345 + 10 * wave,
    btcLongShort: 1.912345 + wave / 10,
    score: 55.123456 + 20 * wave,
  };
}

/** History at its bound: every tier full, as after 90 days of polling every minute. */
export function fullHistory(now: number): History {
  const points: MarketPoint[] = [];
  // Every five minutes of the week, every hour of 90 days.
  for (let t = now - TIERS.hourly.span + MINUTE, k = 0; t <= now; k++) {
    points.push(point(t, k));
    t += now - t <= TIERS.fiveMinute.span ? TIERS.fiveMinute.step : TIERS.hourly.step;
  }
  return recordPoints(EMPTY_HISTORY, points, now).history;
}
