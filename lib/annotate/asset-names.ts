/**
 * The assets an article can be about: the top thirty by market cap, by name and by ticker. Curated
 * rather than pulled from an exchange's listing, because a listing holds thousands of tickers and
 * many are ordinary words ("ONE", "SATS", "GAS").
 */
const NAMES: Record<string, readonly string[]> = {
  BTC: ['Bitcoin', 'bitcoin'],
  ETH: ['Ethereum', 'Ether', 'ethereum', 'ether'],
  XRP: ['Ripple'],
  BNB: ['Binance Coin'],
  SOL: ['Solana'],
  DOGE: ['Dogecoin', 'dogecoin'],
  ADA: ['Cardano'],
  TRX: ['Tron', 'TRON'],
  LINK: ['Chainlink'],
  AVAX: ['Avalanche'],
  SUI: ['Sui'],
  XLM: ['Stellar'],
  TON: ['Toncoin'],
  SHIB: ['Shiba Inu'],
  HBAR: ['Hedera'],
  DOT: ['Polkadot'],
  BCH: ['Bitcoin Cash'],
  LTC: ['Litecoin'],
  UNI: ['Uniswap'],
  NEAR: ['Near Protocol'],
  APT: ['Aptos'],
  PEPE: ['Pepe'],
  ICP: ['Internet Computer'],
  ETC: ['Ethereum Classic'],
  AAVE: ['Aave'],
  POL: ['Polygon'],
  ARB: ['Arbitrum'],
  OP: [],
  ATOM: ['Cosmos'],
  HYPE: ['Hyperliquid'],
};

/**
 * Tickers that are also English words or common abbreviations. Written in capitals they name the
 * asset ("LINK rose 4%"), unless the capitals are shouting: an all-caps neighbour that is not a
 * ticker ("PRICES NEAR RECORD") means a headline or emphasis. A cashtag ("$LINK") always counts.
 */
const WORD_TICKERS = new Set(['LINK', 'DOT', 'NEAR', 'OP', 'UNI', 'TON', 'ATOM', 'SOL', 'POL', 'HYPE', 'ETC', 'APT']);

/** Names that are also venues: "liquidations on Hyperliquid" are the venue's, not HYPE's. */
const VENUE_NAMES = new Set(['Hyperliquid']);
const AT_VENUE = /\b(?:on|at|via|from)\s+$/;

export interface Mention {
  asset: string;
  index: number;
  end: number;
}

const byName = new Map<string, string>();
for (const [ticker, names] of Object.entries(NAMES)) {
  byName.set(ticker, ticker);
  for (const name of names) byName.set(name, ticker);
}

// Longest first, so "Bitcoin Cash" wins over "Bitcoin" and "Ethereum Classic" over "Ethereum".
const MENTION = new RegExp(`(\\$?)\\b(${[...byName.keys()].sort((a, b) => b.length - a.length).join('|')})\\b`, 'g');
const ALL_CAPS_WORD = /^[A-Z]{2,}$/;

function isShouting(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 40), start).match(/([A-Za-z]+)\W*$/)?.[1];
  const after = text.slice(end, end + 40).match(/^\W*([A-Za-z]+)/)?.[1];
  return [before, after].some((word) => word !== undefined && ALL_CAPS_WORD.test(word) && !byName.has(word));
}

/** Every asset named in `text`, in order. */
export function assetMentions(text: string): Mention[] {
  const mentions: Mention[] = [];
  for (const match of text.matchAll(MENTION)) {
    const [whole, cashtag, word = ''] = match;
    const asset = byName.get(word);
    if (!asset) continue;
    const start = match.index + (cashtag?.length ?? 0);
    if (WORD_TICKERS.has(word) && !cashtag && isShouting(text, start, match.index + whole.length)) continue;
    if (VENUE_NAMES.has(word) && AT_VENUE.test(text.slice(Math.max(0, start - 8), start))) continue;
    mentions.push({ asset, index: start, end: match.index + whole.length });
  }
  return mentions;
}
