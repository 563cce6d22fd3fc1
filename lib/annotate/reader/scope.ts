import type { FigureFrame } from './kind';
import type { Mention } from './mentions';
import type { SentenceIndex } from './owner';
import { PhraseTable } from './tokens';

/**
 * Stage 4d: whether an open-interest, liquidation, funding or market-cap figure is the whole
 * market's or one venue's. Undertow measures each asset across venues and the market as a whole;
 * one exchange's figure ("open interest on Binance", "CME's basis") is neither, so it gets no chip.
 */
const MARKET_WIDE = new PhraseTable<true>(
  [
    'across the market',
    'across the crypto market',
    'across crypto',
    'across crypto markets',
    'across the board',
    'across all assets',
    'across all coins',
    'across all tokens',
    'across digital assets',
    'market wide',
    'marketwide',
    'entire market',
    'whole market',
    'broader market',
    'crypto market',
    'crypto markets',
    'cryptocurrency market',
    'total crypto',
    'crypto wide',
    'global crypto',
    'crypto liquidations',
    'crypto futures',
    'crypto derivatives',
    'crypto open interest',
    'crypto perpetuals',
  ].map((phrase) => [phrase, true]),
);

/** Venues whose own figure is no market figure. */
const VENUES = new Set([
  'binance',
  'bybit',
  'okx',
  'cme',
  'deribit',
  'coinbase',
  'kraken',
  'bitmex',
  'bitfinex',
  'hyperliquid',
  'gemini',
  'upbit',
  'bithumb',
  'bitstamp',
  'bitget',
  'gate',
  'htx',
  'kucoin',
  'mexc',
]);

/** Whether tokens `[from, to)` say the figure is the whole market's. */
export function marketWide(sentence: SentenceIndex, from: number, to: number): boolean {
  for (let at = Math.max(0, from); at < to; at++) if (MARKET_WIDE.at(sentence.tokens, at)) return true;
  return false;
}

/** How far before a figure its venue may be named: "Open interest in CME bitcoin futures dropped 5.2% to $12.9 billion". */
const VENUE_REACH = 16;

/** Whether a mention names a venue. */
export const isVenue = (sentence: SentenceIndex, mention: Mention): boolean =>
  mention.referent.type === 'other' && VENUES.has(sentence.tokens[mention.from]?.text ?? '');

/** Whether the figure's clause names one venue as its own ("on Binance", "Open interest in CME bitcoin futures"). */
export function venueOnly(sentence: SentenceIndex, frame: FigureFrame): boolean {
  const from = Math.max(sentence.clauses.start[frame.figure] as number, frame.figure - VENUE_REACH);
  for (let at = from; at < Math.min(frame.to + 3, sentence.tokens.length); at++) {
    const mention = sentence.mentions[sentence.mentionAt[at] as number];
    if (mention && isVenue(sentence, mention)) return true;
  }
  return false;
}
