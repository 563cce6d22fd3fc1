/**
 * The market the annotation bench reads articles against, as the background would: every figure a
 * claim can be answered with, for the five majors and the whole market.
 */

import type { MarketFigures } from '../../lib/annotate/article-figures';
import { MARKET } from '../../lib/annotate/claim';
import type { ArticleMarket } from '../../lib/annotate/read-texts';

const AT = Date.UTC(2026, 1, 12, 9, 0);

function figures(at: number, shift: number): MarketFigures {
  const asset = (name: string, price: number, change: number) => ({
    asset: name,
    price: price * shift,
    change: { '24h': change, '7d': change * 2.4, '30d': change * -3.1 },
    oiChange: { '24h': -4.4, '7d': -9.8, '30d': 12.5 },
    oiUsd: price * 4.1e5,
    fundingPct: 0.0061,
    liqLong: 2.1e8,
    liqShort: 6.4e7,
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
        oiChange: { '24h': -4.4, '7d': -9.8, '30d': 12.5 },
        oiUsd: 9.6e10,
        liqLong: 8.4e8,
        liqShort: 1.9e8,
      },
    ],
  };
}

export const BENCH_MARKET: ArticleMarket = { now: figures(AT, 1), atPublication: figures(AT - 86_400_000, 1.02) };
