/**
 * Every venue Undertow knows, with the REST hosts it talks to. The manifest's host permissions
 * are generated from this list for the venues the poll cycle uses (`POLLED_VENUES`).
 */
export const VENUES = {
  'binance-spot': { label: 'Binance', hosts: ['api.binance.com'] },
  'binance-futures': { label: 'Binance Futures', hosts: ['fapi.binance.com'] },
  bybit: { label: 'Bybit', hosts: ['api.bybit.com'] },
  okx: { label: 'OKX', hosts: ['www.okx.com'] },
  deribit: { label: 'Deribit', hosts: ['www.deribit.com'] },
  coinbase: { label: 'Coinbase', hosts: ['api.exchange.coinbase.com'] },
  kraken: { label: 'Kraken', hosts: ['api.kraken.com'] },
  hyperliquid: { label: 'Hyperliquid', hosts: ['api.hyperliquid.xyz'] },
} as const satisfies Record<string, { label: string; hosts: readonly string[] }>;

export type VenueId = keyof typeof VENUES;

export const VENUE_IDS = Object.keys(VENUES) as VenueId[];

/** Host permissions for exactly the venues given: the manifest asks only for what is polled. */
export function venueHostPermissions(venues: readonly VenueId[]): string[] {
  return venues.flatMap((id) => VENUES[id].hosts.map((host) => `https://${host}/*`));
}
