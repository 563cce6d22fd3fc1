/**
 * Coins in circulation per major, as CoinMarketCap counted them early in 2026: not modelled,
 * plausible. Binance's open-interest statistics carry them along, and the replay's CoinGecko
 * values the market with them, so a market cap read from either agrees with the prices.
 */
export const CIRCULATING_SUPPLY: Record<string, number> = {
  BTC: 19_820_000,
  ETH: 120_700_000,
  SOL: 520_000_000,
  XRP: 59_000_000_000,
  BNB: 140_000_000,
};
