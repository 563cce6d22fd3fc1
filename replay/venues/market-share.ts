import type { VenueId } from '../../lib/sources/venues';

/**
 * Each venue's share of an asset's perpetual open interest and of its liquidations, roughly as
 * the public dashboards show them. Scenario totals are split by these, so summing every venue's
 * answer gives the scenario's figure back. Deribit lists only the BTC and ETH perpetuals.
 */
export const PERP_SHARE: Partial<Record<VenueId, number>> = {
  'binance-futures': 0.4,
  bybit: 0.25,
  okx: 0.15,
  hyperliquid: 0.15,
  deribit: 0.05,
};

export function venueShare(venue: VenueId, asset: string): number {
  if (venue === 'deribit' && asset !== 'BTC' && asset !== 'ETH') return 0;
  const share = PERP_SHARE[venue] ?? 0;
  // Without Deribit, SOL, XRP and BNB split its share among the others pro rata.
  if (asset !== 'BTC' && asset !== 'ETH') return share / (1 - (PERP_SHARE.deribit ?? 0));
  return share;
}
