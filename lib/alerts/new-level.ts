import type { AssetId } from '../assets';
import { readTypedNumber } from '../format/typed-number';
import { t } from '../words';
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
  const price = readTypedNumber(typed, { grouped: true });
  if (!Number.isFinite(price) || price <= 0) {
    return { error: t('popup.enterPriceInUsd') };
  }
  if (currentPrice === undefined) return { error: t('popup.noLivePriceYet', { asset }) };
  if (price === currentPrice) return { error: t('popup.alreadyAtPrice', { asset }) };
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
