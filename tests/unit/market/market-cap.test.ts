import { describe, expect, it } from 'vitest';
import { buildMarketCap } from '@/lib/market/market-cap';
import type { AssetQuote } from '@/lib/market/prices';
import type { SupplyPoint } from '@/lib/sources/model';

const NOW = 1_770_885_000_000;

const quote = (asset: AssetQuote['asset'], price: number): AssetQuote => ({ asset, price, venues: ['binance-spot'] });
const supply = (asset: SupplyPoint['asset'], circulating: number, at = NOW): SupplyPoint => ({
  asset,
  venue: 'binance-futures',
  at,
  circulating,
});

describe('market cap', () => {
  it("values each major at its price times its newest circulating supply, and takes CoinGecko's total", () => {
    const cap = buildMarketCap(
      [quote('BTC', 67_490), quote('ETH', 1985.4), quote('SOL', 84.21)],
      [supply('BTC', 19_810_000, NOW - 3_600_000), supply('BTC', 19_820_000), supply('ETH', 120_700_000)],
      [{ venue: 'coingecko', at: NOW - 600_000, marketCapUsd: 2.36e12, change24hPct: -2.3 }],
    );
    expect(cap).toEqual({
      totalUsd: 2.36e12,
      totalAt: NOW - 600_000,
      // SOL has no supply this time: no cap, rather than a made-up one.
      assets: { BTC: 67_490 * 19_820_000, ETH: 1985.4 * 120_700_000 },
    });
  });

  it("has each asset's cap without CoinGecko, and the total without Binance's supply", () => {
    expect(buildMarketCap([quote('BTC', 67_490)], [supply('BTC', 19_820_000)], [])).toEqual({
      assets: { BTC: 67_490 * 19_820_000 },
    });
    expect(
      buildMarketCap([quote('BTC', 67_490)], [], [{ venue: 'coingecko', at: NOW, marketCapUsd: 2.36e12 }]),
    ).toEqual({ totalUsd: 2.36e12, totalAt: NOW, assets: {} });
  });

  it('is nothing when neither source has answered', () => {
    expect(buildMarketCap([quote('BTC', 67_490)], [], [])).toBeNull();
  });
});
