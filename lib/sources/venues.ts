/**
 * Every venue Undertow knows, with the REST hosts it talks to and whether it quotes spot prices
 * (the snapshot's prices come only from spot venues; the rest trade perpetuals). CoinGecko is no
 * exchange but an aggregator, asked only for the whole market's capitalisation. The manifest's
 * host permissions are generated from this list for the venues the poll cycle uses (`POLLED_VENUES`).
 */
export const VENUES = {
  'binance-spot': { label: 'Binance', hosts: ['api.binance.com'], spot: true },
  'binance-futures': { label: 'Binance Futures', hosts: ['fapi.binance.com'], spot: false },
  bybit: { label: 'Bybit', hosts: ['api.bybit.com'], spot: false },
  okx: { label: 'OKX', hosts: ['www.okx.com'], spot: false },
  deribit: { label: 'Deribit', hosts: ['www.deribit.com'], spot: false },
  coinbase: { label: 'Coinbase', hosts: ['api.exchange.coinbase.com'], spot: true },
  kraken: { label: 'Kraken', hosts: ['api.kraken.com'], spot: true },
  hyperliquid: { label: 'Hyperliquid', hosts: ['api.hyperliquid.xyz'], spot: false },
  coingecko: { label: 'CoinGecko', hosts: ['api.coingecko.com'], spot: false },
} as const satisfies Record<string, { label: string; hosts: readonly string[]; spot: boolean }>;

export type VenueId = keyof typeof VENUES;

export const VENUE_IDS = Object.keys(VENUES) as VenueId[];

/** Host permissions for exactly the venues given: the manifest asks only for what is polled. */
export function venueHostPermissions(venues: readonly VenueId[]): string[] {
  return venues.flatMap((id) => VENUES[id].hosts.map((host) => `https://${host}/*`));
}
