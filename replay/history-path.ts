import { HOUR } from '../lib/time';
import type { AssetState, Changes, PerpState } from './scenario';

const ANCHORS: ReadonlyArray<readonly [keyof Changes, number]> = [
  ['1h', HOUR],
  ['24h', 24 * HOUR],
  ['7d', 7 * 24 * HOUR],
  ['30d', 30 * 24 * HOUR],
];

/**
 * A series' value at an earlier time, consistent with the changes the scenario states: if BTC's
 * open interest is 45 B now and fell 4.4 % over 24 h, it was 45 / 0.956 B 24 h ago. Between
 * anchors the path is geometric; before 30 d it is flat. Every history endpoint (klines, OI
 * history, DVOL) draws from this one path, so venues agree with each other and with the figures.
 */
export function valueAt(current: number, changes: Partial<Changes>, agoMs: number): number {
  let laterAgo = 0;
  let laterValue = current;
  for (const [window, windowMs] of ANCHORS) {
    const change = changes[window];
    if (change === undefined) continue;
    const anchorValue = current / (1 + change / 100);
    if (agoMs <= windowMs) {
      const fraction = (agoMs - laterAgo) / (windowMs - laterAgo);
      return laterValue * (anchorValue / laterValue) ** fraction;
    }
    laterAgo = windowMs;
    laterValue = anchorValue;
  }
  return laterValue;
}

/** An asset's price `agoMs` before now, on the path its stated price changes draw. */
export function priceAgo(state: AssetState, agoMs: number): number {
  return valueAt(state.price, { '24h': state.change24hPct, ...state.priceChangePct }, agoMs);
}

/** A perpetual's mark `agoMs` before now: the price path plus the scenario's basis, on every venue. */
export function markAgo(state: AssetState, perp: PerpState, agoMs: number): number {
  return priceAgo(state, agoMs) * (1 + perp.basisPct / 100);
}
