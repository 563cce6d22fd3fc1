import type { AssetId } from '../assets';
import type { LevelAlert } from './alert-state';

/** Price alerts kept at most: more than anyone sets by hand, and a bound on what a page could add. */
export const MAX_LEVEL_ALERTS = 50;

/**
 * A level alert from what the user typed, or the reason it cannot be one. The direction comes
 * from where the price is now: a level above it waits for a rise, one below for a fall.
 */
export function newLevelAlert(
  asset: AssetId,
  typed: string,
  currentPrice: number | undefined,
  now: number,
): { alert: LevelAlert } | { error: string } {
  const price = Number(typed.replace(/[$,\s]/g, ''));
  if (typed.trim() === '' || !Number.isFinite(price) || price <= 0) {
    return { error: `Enter a price in US dollars, like 80000 or 80,000.` };
  }
  if (currentPrice === undefined)
    return { error: `There is no live ${asset} price yet to compare with. Try again after the next poll.` };
  if (price === currentPrice) return { error: `${asset} is at that price now.` };
  return {
    alert: {
      id: `${asset}-${price}-${now}`,
      asset,
      price,
      direction: price > currentPrice ? 'above' : 'below',
      createdAt: now,
    },
  };
}
