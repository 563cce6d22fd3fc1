import { z } from 'zod/mini';
import { MAJOR_ASSETS } from '../assets';
import { finite, positive } from '../finite';
import type { GlobalMarket, SupplyPoint } from '../sources/model';
import type { AssetQuote } from './prices';

/** What the crypto market is worth, as a news article quotes it. */
export const MarketCapSchema = z.object({
  /** Every coin's together, CoinGecko's figure, USD; and when CoinGecko computed it. */
  totalUsd: z.optional(positive),
  totalAt: z.optional(finite),
  /** Each major's: its price (the median across venues) times its coins in circulation, USD. */
  assets: z.partialRecord(z.enum(MAJOR_ASSETS), positive),
});
export type MarketCap = z.infer<typeof MarketCapSchema>;

const newest = <T extends { at: number }>(items: readonly T[]): T | undefined =>
  items.reduce<T | undefined>((found, item) => (!found || item.at > found.at ? item : found), undefined);

/** The market cap a snapshot shows; null when neither figure is known. */
export function buildMarketCap(
  quotes: readonly AssetQuote[],
  supply: readonly SupplyPoint[],
  global: readonly GlobalMarket[],
): MarketCap | null {
  const assets: MarketCap['assets'] = {};
  for (const quote of quotes) {
    const coins = newest(supply.filter((point) => point.asset === quote.asset))?.circulating;
    if (coins !== undefined) assets[quote.asset] = quote.price * coins;
  }
  const total = newest(global);
  if (!total && Object.keys(assets).length === 0) return null;
  return { ...(total && { totalUsd: total.marketCapUsd, totalAt: total.at }), assets };
}
