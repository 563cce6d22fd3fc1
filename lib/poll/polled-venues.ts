import type { VenueId } from '../sources/venues';

/**
 * The venues a poll calls, and so the hosts the manifest asks for. Written out rather than read
 * from `TASKS`, so wxt.config.ts can import it without the venues' code, whose words need the
 * browser's i18n (lib/words.ts); tests/unit/poll/polled-venues.test.ts holds it to the tasks.
 */
export const POLLED_VENUES: readonly VenueId[] = [
  'binance-spot',
  'binance-futures',
  'bybit',
  'okx',
  'coinbase',
  'kraken',
  'hyperliquid',
  'deribit',
  'coingecko',
];
