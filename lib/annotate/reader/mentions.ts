import { MARKET } from '../claim';
import { PhraseTable, type Token } from './tokens';

/**
 * Stage 4a: who a sentence names. Assets by name, ticker, cashtag or description ("the world's
 * largest cryptocurrency"); the things that are not assets but own figures beside them (a company,
 * its shares, an ETF, a stock index, gold, a stablecoin, a token outside the list); and the words
 * that point back to a subject named earlier ("it", "the token"). A figure is given to one of
 * these by the owner stage; one that lands on a non-asset gets no chip.
 */
export type Referent =
  | { type: 'asset'; asset: string }
  | { type: 'other'; what: string }
  | { type: 'pronoun'; word: string };

export interface Mention {
  referent: Referent;
  /** Token indexes `[from, to)`. */
  from: number;
  to: number;
}

/**
 * The assets an article can be about: the top thirty by market cap. Curated rather than pulled from
 * an exchange's listing, because a listing holds thousands of tickers and many are ordinary words.
 * Names are matched with a capital, except those the press writes in lower case.
 */
const NAMES: Record<string, readonly string[]> = {
  BTC: ['bitcoin'],
  ETH: ['ethereum', 'ether'],
  XRP: [],
  BNB: ['binance coin'],
  SOL: ['solana'],
  DOGE: ['dogecoin'],
  ADA: ['cardano'],
  TRX: ['tron'],
  LINK: ['chainlink'],
  AVAX: ['avalanche'],
  SUI: ['sui'],
  XLM: ['stellar'],
  TON: ['toncoin'],
  SHIB: ['shiba inu'],
  HBAR: ['hedera'],
  DOT: ['polkadot'],
  BCH: ['bitcoin cash'],
  LTC: ['litecoin'],
  UNI: ['uniswap'],
  NEAR: ['near protocol'],
  APT: ['aptos'],
  PEPE: ['pepe'],
  ICP: ['internet computer'],
  ETC: ['ethereum classic'],
  AAVE: ['aave'],
  POL: ['polygon'],
  ARB: ['arbitrum'],
  OP: ['optimism'],
  ATOM: ['cosmos'],
  HYPE: [],
};
/** Names the press writes in lower case too: "bitcoin fell", "ether's price". */
const LOWER_CASE_NAMES = new Set([
  'bitcoin',
  'ethereum',
  'ether',
  'dogecoin',
  'solana',
  'cardano',
  'litecoin',
  'polkadot',
  'chainlink',
  'toncoin',
]);

/**
 * Tickers that are also English words or abbreviations. In capitals they name the asset ("LINK
 * rose 4%") unless the capitals are shouting: a neighbour in capitals that is no ticker ("PRICES
 * NEAR RECORD"). A cashtag always counts.
 */
const WORD_TICKERS = new Set(['LINK', 'DOT', 'NEAR', 'OP', 'UNI', 'TON', 'ATOM', 'SOL', 'POL', 'HYPE', 'ETC', 'APT']);

/** How the press describes an asset instead of naming it. */
const DESCRIPTION_PHRASES: [string, string][] = [
  ...[
    "world's largest cryptocurrency",
    "world's biggest cryptocurrency",
    "world's largest crypto",
    "world's largest digital asset",
    "world's oldest cryptocurrency",
    'largest cryptocurrency',
    'biggest cryptocurrency',
    'largest crypto',
    'biggest crypto',
    'largest digital asset',
    'largest crypto asset',
    'largest token',
    'original cryptocurrency',
    'oldest cryptocurrency',
    'flagship cryptocurrency',
    'flagship crypto',
    'flagship asset',
    'flagship coin',
    'flagship digital asset',
    'pioneer cryptocurrency',
    'pioneer crypto',
    'leading cryptocurrency',
    'benchmark cryptocurrency',
    'top cryptocurrency',
    'no 1 cryptocurrency',
    'number one cryptocurrency',
    'king of crypto',
    'digital gold',
    'top crypto asset',
    "crypto's top asset",
    'apex cryptocurrency',
    'most traded cryptocurrency',
    'best known cryptocurrency',
    'biggest digital asset',
    'largest coin',
    'biggest coin',
  ].map((phrase): [string, string] => [phrase, 'BTC']),
  ...[
    "world's second largest cryptocurrency",
    "world's second biggest cryptocurrency",
    'second largest cryptocurrency',
    'second biggest cryptocurrency',
    'second largest crypto',
    'second biggest crypto',
    'second largest digital asset',
    'second largest token',
    'no 2 cryptocurrency',
    'number two cryptocurrency',
    'largest altcoin',
    'biggest altcoin',
    'leading altcoin',
    'second largest coin',
    'second biggest coin',
  ].map((phrase): [string, string] => [phrase, 'ETH']),
  ['ripple affiliated token', 'XRP'],
];

/** "the largest cryptocurrency by market value": the measure is part of the description, not a market-cap cue. */
const RANKED_BY = ['by market cap', 'by market value', 'by market capitalization', 'by market capitalisation'];
const DESCRIPTIONS: [string, string][] = DESCRIPTION_PHRASES.flatMap(([phrase, asset]): [string, string][] => [
  [phrase, asset],
  ...RANKED_BY.map((ranked): [string, string] => [`${phrase} ${ranked}`, asset]),
]);

/** The crypto market as a whole, the subject of moves Undertow does not chip but must not give to an asset. */
const MARKET_NAMES = [
  'crypto market',
  'crypto markets',
  'cryptocurrency market',
  'cryptocurrency markets',
  'the market',
  'the broader market',
  'broader crypto market',
  'total crypto market',
  'global crypto market',
  'overall market',
  'overall crypto market',
  'digital asset market',
  'digital asset markets',
  'crypto sector',
];
/** Words after a market name that make it a market-cap cue instead: "the crypto market cap". */
const MARKET_CAP_WORDS = new Set(['cap', 'caps', 'capitalization', 'capitalisation', 'value', 'valuation']);

/**
 * Words that stand for a subject named before: "It fell 3%", "The token slid", "its price". Only
 * these carry a subject from an earlier sentence, paragraph, heading or the headline.
 */
const POINTERS = [
  'it',
  'its',
  "it's",
  'the token',
  'the coin',
  'the cryptocurrency',
  'the crypto',
  'the asset',
  'the digital asset',
  'the currency',
  'the digital currency',
  'the altcoin',
  'the memecoin',
  'the meme coin',
  'the price',
  'the pair',
  'the former',
  'the latter',
];

/** Nouns after "the crypto", "the token" that make it a description rather than a pointer. */
const NOT_POINTED = new Set([
  'market',
  'markets',
  'sector',
  'space',
  'industry',
  'unlock',
  'unlocks',
  'supply',
  'winter',
]);

/**
 * Things that are not a listed asset but are the subject of figures beside one: companies and
 * their shares, funds, indexes, commodities, currencies, stablecoins, venues, public bodies.
 * Generic nouns first; then names that appear in crypto news beside prices.
 */
const OTHERS: [string, string][] = [
  ...[
    'share',
    'shares',
    'stock',
    'stocks',
    'equity',
    'equities',
    'etf',
    'etfs',
    'etp',
    'etps',
    'fund',
    'funds',
    'trust',
    'company',
    'companies',
    'firm',
    'firms',
    'miner',
    'miners',
    'treasury company',
    'treasury firm',
    'startup',
    'issuer',
    'bank',
    'banks',
    'index',
    'nasdaq',
    's&p',
    's&p 500',
    'dow',
    'dow jones',
    'russell 2000',
    'nikkei',
    'gold',
    'silver',
    'oil',
    'crude',
    'dollar index',
    'the dollar',
    'the yen',
    'the euro',
    'treasuries',
    'bonds',
    'yields',
    'stablecoin',
    'stablecoins',
    'usdt',
    'usdc',
    'tether',
    'dai',
    'usde',
    'pyusd',
    'rlusd',
  ].map((word): [string, string] => [word, 'other']),
];

/** Names of companies, funds, venues and bodies, matched only with a capital ("Strategy", not "strategy"). */
const NAMED_OTHERS = [
  'strategy',
  'microstrategy',
  'coinbase',
  'robinhood',
  'mara',
  'marathon',
  'marathon digital',
  'riot',
  'riot platforms',
  'cleanspark',
  'core scientific',
  'galaxy',
  'galaxy digital',
  'bitfarms',
  'hut 8',
  'cipher',
  'iren',
  'terawulf',
  'bitdeer',
  'canaan',
  'metaplanet',
  'tesla',
  'blackrock',
  'fidelity',
  'grayscale',
  'ark',
  'ark invest',
  'bitwise',
  'vaneck',
  'invesco',
  'franklin templeton',
  'ibit',
  'fbtc',
  'gbtc',
  'etha',
  'arkb',
  'bitb',
  'circle',
  'nvidia',
  'apple',
  'microsoft',
  'amazon',
  'alphabet',
  'google',
  'semler',
  'gamestop',
  'paypal',
  'etoro',
  'gemini',
  'kraken',
  'bybit',
  'okx',
  'binance',
  'deribit',
  'cme',
  'bitmex',
  'bitfinex',
  'bitstamp',
  'upbit',
  'bithumb',
  'hyperliquid',
  'ripple',
  'sharplink',
  'bitmine',
  'trump media',
  'twenty one',
  'jpmorgan',
  'goldman sachs',
  'morgan stanley',
  'citi',
  'citigroup',
  'standard chartered',
  'bernstein',
  'coinshares',
  'polymarket',
  'kalshi',
  'mstr',
  'clsk',
  'glxy',
  'bmnr',
  'sbet',
  'american bitcoin',
  'twenty one capital',
];

/**
 * Words that make an asset's name part of a company's or an organisation's: "Bitcoin Depot",
 * "Solana Company", "Ethereum Foundation", "Bitcoin Magazine".
 */
const COMPANY_SUFFIXES = new Set([
  'depot',
  'machine',
  'company',
  'strategy',
  'treasury',
  'group',
  'holdings',
  'inc',
  'corp',
  'capital',
  'fund',
  'trust',
  'mining',
  'miner',
  'magazine',
  'foundation',
  'labs',
  'technologies',
  'ventures',
  'partners',
]);

/** Capitals that are no ticker of anything: "ETF", "SEC", "CEO", "ET". */
const NOT_TICKERS = new Set([
  'usd',
  'us',
  'u.s',
  'uk',
  'eu',
  'etf',
  'etfs',
  'sec',
  'cftc',
  'ceo',
  'cfo',
  'cto',
  'coo',
  'cpi',
  'ppi',
  'pce',
  'gdp',
  'fomc',
  'fed',
  'ath',
  'oi',
  'ai',
  'ipo',
  'api',
  'nft',
  'nfts',
  'dex',
  'cex',
  'defi',
  'tvl',
  'apy',
  'apr',
  'et',
  'est',
  'edt',
  'utc',
  'gmt',
  'pt',
  'am',
  'pm',
  'ytd',
  'yoy',
  'irs',
  'doj',
  'imf',
  'ecb',
  'boj',
  'nyse',
  'otc',
  'kyc',
  'mica',
  'ceo',
  'a.m',
  'p.m',
  'ltd',
  'inc',
  'llc',
  'plc',
  'ag',
  'sa',
]);

/** Whether a word is a common acronym rather than anything's name: "USD", "ETF", "CEO". */
export const isAcronym = (word: string): boolean => NOT_TICKERS.has(word.toLowerCase());

const assetPhrases = new PhraseTable<string>([
  ...Object.entries(NAMES).flatMap(([ticker, names]) => names.map((name): [string, string] => [name, ticker])),
  ...DESCRIPTIONS,
]);
const marketPhrases = new PhraseTable<string>(MARKET_NAMES.map((name) => [name, MARKET]));
const tickers = new Set(Object.keys(NAMES));
const pointers = new PhraseTable<string>(POINTERS.map((word) => [word, word]));
const others = new PhraseTable<string>(OTHERS);
const namedOthers = new PhraseTable<string>(NAMED_OTHERS.map((name) => [name, 'company']));

function isShouting(tokens: readonly Token[], at: number): boolean {
  // "SOL's OI-weighted funding": an acronym beside a ticker is no shouting.
  const neighbour = (token: Token | undefined) =>
    token?.type === 'word' &&
    token.caps === true &&
    !tickers.has(token.text.toUpperCase()) &&
    !NOT_TICKERS.has(token.text);
  return neighbour(tokens[at - 1]) || neighbour(tokens[at + 1]);
}

/** A ticker in capitals or as a cashtag, when it is one of the list's. */
function tickerAt(tokens: readonly Token[], at: number): string | undefined {
  const token = tokens[at] as Token;
  const ticker = token.text.toUpperCase();
  if (!tickers.has(ticker) || !(token.caps || token.cashtag)) return undefined;
  if (WORD_TICKERS.has(ticker) && !token.cashtag && isShouting(tokens, at)) return undefined;
  return ticker;
}

/** A token outside the list, written so that it can only be a ticker: "$PUMP", "(WLFI)", "ENA token". */
function unlistedTickerAt(tokens: readonly Token[], at: number): boolean {
  const token = tokens[at] as Token;
  if (!(token.caps || token.cashtag) || NOT_TICKERS.has(token.text) || token.text.length > 6) return false;
  if (!/^[a-z][a-z0-9]*$/.test(token.text)) return false;
  if (token.cashtag) return true;
  const bracketed = tokens[at - 1]?.text === '(' && tokens[at + 1]?.text === ')';
  const named = tokens[at + 1]?.text === 'token' || tokens[at + 1]?.text === 'coin';
  return bracketed || named;
}

/** Every mention in a sentence's tokens, in order, none overlapping. */
export function findMentions(tokens: readonly Token[]): Mention[] {
  const mentions: Mention[] = [];
  let at = 0;
  while (at < tokens.length) {
    const token = tokens[at] as Token;
    if (token.type !== 'word') {
      at++;
      continue;
    }
    const found = mentionAt(tokens, at);
    if (found) {
      mentions.push(found);
      at = found.to;
    } else at++;
  }
  return mentions;
}

function mentionAt(tokens: readonly Token[], at: number): Mention | undefined {
  const token = tokens[at] as Token;
  // "BTC/USDT", "ETH-USD": the quote currency of a pair names nothing.
  if (tokens[at - 1]?.text === '/' && tokens[at - 2]?.type === 'word') return undefined;
  // "the world's largest cryptocurrency": the article is part of the description.
  const described = token.text === 'the' ? assetPhrases.at(tokens, at + 1) : undefined;
  if (described && described.end - at > 2) return asset(described.value, at, described.end);
  // "the crypto market" before "the crypto" can be read as a pointer.
  const marketAfterThe = token.text === 'the' ? marketPhrases.at(tokens, at + 1) : undefined;
  if (marketAfterThe && !MARKET_CAP_WORDS.has(tokens[marketAfterThe.end]?.text ?? ''))
    return asset(MARKET, at, marketAfterThe.end);
  const named = assetPhrases.at(tokens, at);
  if (named && (token.capital || LOWER_CASE_NAMES.has(token.text) || named.end - at > 1)) {
    const next = tokens[named.end];
    if (token.capital && next?.capital && COMPANY_SUFFIXES.has(next.text))
      return { referent: { type: 'other', what: 'company' }, from: at, to: named.end + 1 };
    return asset(named.value, at, named.end);
  }
  const ticker = tickerAt(tokens, at);
  if (ticker) return asset(ticker, at, at + 1);
  const market = marketPhrases.at(tokens, at);
  if (market && !MARKET_CAP_WORDS.has(tokens[market.end]?.text ?? '')) return asset(MARKET, at, market.end);
  const company = token.capital || token.cashtag ? namedOthers.at(tokens, at) : undefined;
  if (company) return { referent: { type: 'other', what: company.value }, from: at, to: company.end };
  if (unlistedTickerAt(tokens, at)) return { referent: { type: 'other', what: 'token' }, from: at, to: at + 1 };
  const other = others.at(tokens, at);
  if (other) return { referent: { type: 'other', what: other.value }, from: at, to: other.end };
  const pointer = pointers.at(tokens, at);
  // "the crypto market cap", "the token unlock": a noun after it makes the words a description, not a pointer.
  if (pointer && !NOT_POINTED.has(tokens[pointer.end]?.text ?? ''))
    return { referent: { type: 'pronoun', word: pointer.value }, from: at, to: pointer.end };
  return undefined;
}

const asset = (ticker: string, from: number, to: number): Mention => ({
  referent: { type: 'asset', asset: ticker },
  from,
  to,
});
