/**
 * The market the annotation bench reads articles against, as the background would: every figure a
 * claim can be answered with, for the five majors and the whole market.
 */

import type { MarketFigures } from '../../lib/annotate/article-figures';
import { MARKET } from '../../lib/annotate/claim';
import type { ArticleMarket } from '../../lib/annotate/read-texts';
import { FIGURE_WINDOWS, WINDOW_MS } from '../../lib/market/windows';

const AT = Date.UTC(2026, 1, 12, 9, 0);

const OI_CHANGE = { '1h': -0.3, '4h': -1.1, '12h': -2.6, '24h': -4.4, '7d': -9.8, '30d': 12.5 };

/** A day's liquidations, and each other window's in proportion to its length. */
const liquidated = (long: number, short: number) =>
  Object.fromEntries(
    FIGURE_WINDOWS.map((window) => {
      const share = WINDOW_MS[window] / WINDOW_MS['24h'];
      return [window, { long: long * share, short: short * share }];
    }),
  );

function figures(at: number, shift: number): MarketFigures {
  const asset = (name: string, price: number, change: number) => ({
    asset: name,
    price: price * shift,
    change: {
      '1h': change / 9,
      '4h': change / 4,
      '12h': change / 2,
      '24h': change,
      '7d': change * 2.4,
      '30d': change * -3.1,
    },
    oiChange: OI_CHANGE,
    oiUsd: price * 4.1e5,
    fundingPct: 0.0061,
    liquidated: liquidated(2.1e8, 6.4e7),
    marketCapUsd: price * 1.9e7,
  });
  return {
    at,
    scopes: [
      asset('BTC', 67_490, -1.88),
      asset('ETH', 1_962.4, -2.97),
      asset('SOL', 84.1, -3.88),
      asset('XRP', 1.41, -2.34),
      asset('BNB', 612.3, -1.17),
      {
        asset: MARKET,
        oiChange: OI_CHANGE,
        oiUsd: 9.6e10,
        liquidated: liquidated(8.4e8, 1.9e8),
        marketCapUsd: 2.4e12,
      },
    ],
  };
}

export const BENCH_MARKET: ArticleMarket = { now: figures(AT, 1), atPublication: figures(AT - 86_400_000, 1.02) };
