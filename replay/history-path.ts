import type { Changes } from './scenario';

const HOUR = 3_600_000;
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
