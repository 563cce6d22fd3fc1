import { z } from 'zod/mini';
import { type AssetId, MAJOR_ASSETS } from '../assets';
import { t } from '../words';
import { decimalString, positiveDecimal } from './decimal';
import { type FetchJsonOptions, fetchJson } from './fetch-json';
import { checkedLiquidations, type LiquidationStream } from './liquidation-stream';
import type { OpenInterestPoint, PerpQuote } from './model';
import { parseListed, parseResponse, parseStreamJson } from './parse';
import { SourceError } from './source-error';

/**
 * Bybit v5 public market data (no key), USDT linear perpetuals.
 * Docs: https://bybit-exchange.github.io/docs/v5/market/tickers
 *       https://bybit-exchange.github.io/docs/v5/market/open-interest
 *       https://bybit-exchange.github.io/docs/v5/market/mark-kline
 * Every answer comes as `{retCode, retMsg, result, retExtInfo, time}`; Bybit refuses a request
 * (unknown symbol, bad parameter) with HTTP 200 and a retCode other than 0.
 */
const HOST = 'api.bybit.com';
const BASE = `https://${HOST}`;

const SYMBOLS: Record<AssetId, string> = {
  BTC: 'BTCUSDT',
  ETH: 'ETHUSDT',
  SOL: 'SOLUSDT',
  XRP: 'XRPUSDT',
  BNB: 'BNBUSDT',
};

/**
 * Bybit documents `fundingIntervalHour` for every perpetual; should it ever be left out, 8 h is
 * Bybit's standard interval, so the rate is taken as an 8 h rate.
 */
const ASSUMED_FUNDING_HOURS = 8;

const Envelope = z.object({ retCode: z.number().check(z.int()), retMsg: z.string() });

/** A refusal inside HTTP 200 is the venue speaking, not drift: it becomes an 'api' error. */
function parseEnvelope<S extends z.ZodMiniType>(schema: S, json: unknown, what: string): z.output<S> {
  const { retCode, retMsg } = parseResponse(Envelope, json, HOST, what);
  if (retCode !== 0) throw new SourceError('api', t('market.bybitError', { code: retCode, msg: retMsg }));
  return parseResponse(schema, json, HOST, what);
}

const TickerList = z.object({
  result: z.object({ category: z.literal('linear'), list: z.array(z.looseObject({ symbol: z.string() })) }),
  time: z.number().check(z.int()),
});

/** The documented linear ticker; only the fields we read are required. */
const LinearTicker = z.object({
  markPrice: positiveDecimal,
  indexPrice: positiveDecimal,
  /** A fraction: "0.0068" is +0.68 %. */
  price24hPcnt: decimalString,
  /** USD (USDT); `openInterest` is the same in coins. */
  openInterestValue: positiveDecimal,
  /** Per funding interval, which is not always 8 h. */
  fundingRate: decimalString,
  fundingIntervalHour: z.optional(positiveDecimal),
});

export function tickersUrl(): string {
  return `${BASE}/v5/market/tickers?category=linear`;
}

/** Validate a linear tickers response and normalise it. Throws SourceError on drift or refusal. */
export function parseTickers(json: unknown): PerpQuote[] {
  const { result, time } = parseEnvelope(TickerList, json, 'tickers');
  return parseListed(result.list, 'symbol', SYMBOLS, LinearTicker, HOST, 'ticker').map(({ asset, entry }) => ({
    asset,
    venue: 'bybit' as const,
    markPrice: entry.markPrice,
    indexPrice: entry.indexPrice,
    openInterestUsd: entry.openInterestValue,
    fundingRate8h: entry.fundingRate * (8 / (entry.fundingIntervalHour ?? ASSUMED_FUNDING_HOURS)),
    change24hPct: entry.price24hPcnt * 100,
    at: time,
  }));
}

export async function fetchBybitPerpQuotes(options?: FetchJsonOptions): Promise<PerpQuote[]> {
  return parseTickers(await fetchJson(tickersUrl(), options));
}

export type BybitOpenInterestInterval = '5min' | '15min' | '30min' | '1h' | '4h' | '1d';

export interface BybitOpenInterestQuery {
  asset: AssetId;
  intervalTime: BybitOpenInterestInterval;
  /** Bybit's default 50, its maximum 200. */
  limit?: number;
}

/** USD price of one coin at a moment, ms, or undefined where there is none to value it at. */
export type PriceAt = (at: number) => number | undefined;

const MAX_OPEN_INTEREST_POINTS = 200;

const OpenInterestList = z.object({
  result: z.object({
    list: z.array(z.object({ openInterest: positiveDecimal, timestamp: decimalString })),
  }),
});

export function openInterestUrl({ asset, intervalTime, limit = 50 }: BybitOpenInterestQuery): string {
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_OPEN_INTEREST_POINTS) {
    throw new RangeError(`Bybit serves 1 to ${MAX_OPEN_INTEREST_POINTS} open-interest points, not ${limit}`);
  }
  const query = new URLSearchParams({ category: 'linear', symbol: SYMBOLS[asset], intervalTime, limit: String(limit) });
  return `${BASE}/v5/market/open-interest?${query}`;
}

/**
 * Validate an open-interest history and convert it to USD, oldest first. Bybit counts coins, so
 * each point is valued at `priceAt` its own time; a point with no price there is left out rather
 * than valued at another moment's, which would count the price's move as positions.
 */
export function parseOpenInterestHistory(json: unknown, asset: AssetId, priceAt: PriceAt): OpenInterestPoint[] {
  const { result } = parseEnvelope(OpenInterestList, json, 'open-interest');
  return result.list
    .flatMap((point) => {
      const price = priceAt(point.timestamp);
      if (price === undefined) return [];
      return [{ asset, venue: 'bybit' as const, at: point.timestamp, openInterestUsd: point.openInterest * price }];
    })
    .sort((a, b) => a.at - b.at);
}

/**
 * `GET /v5/market/mark-price-kline`: `[startTime, open, high, low, close]`, strings, newest first.
 * https://bybit-exchange.github.io/docs/v5/market/mark-kline
 */
const MarkKlineList = z.object({
  result: z.object({
    list: z.array(
      z.tuple([decimalString, positiveDecimal, positiveDecimal, positiveDecimal, positiveDecimal], z.unknown()),
    ),
  }),
});

/** The mark-price candle width that matches each open-interest interval, as Bybit names it. */
const KLINE_INTERVAL: Record<BybitOpenInterestInterval, string> = {
  '5min': '5',
  '15min': '15',
  '30min': '30',
  '1h': '60',
  '4h': '240',
  '1d': 'D',
};

export function markPriceKlineUrl({ asset, intervalTime, limit = 50 }: BybitOpenInterestQuery): string {
  const query = new URLSearchParams({
    category: 'linear',
    symbol: SYMBOLS[asset],
    interval: KLINE_INTERVAL[intervalTime],
    limit: String(limit),
  });
  return `${BASE}/v5/market/mark-price-kline?${query}`;
}

/**
 * The mark price at each candle's start, its open. Open interest and candles sit on the same UTC
 * grid, so each point is valued at the mark of its own moment.
 */
export function parseMarkPriceOpens(json: unknown): PriceAt {
  const { result } = parseEnvelope(MarkKlineList, json, 'mark-price-kline');
  const opens = new Map(result.list.map(([startTime, open]) => [startTime, open]));
  return (at) => opens.get(at);
}

/**
 * Open interest over time, in USD: the coins Bybit counts, each valued at the mark of its moment,
 * from the mark-price candles of the same width, asked for alongside. One candle more than points:
 * the newest point can be an interval behind the candle still open.
 */
export async function fetchBybitOpenInterestHistory(
  query: BybitOpenInterestQuery,
  options?: FetchJsonOptions,
): Promise<OpenInterestPoint[]> {
  const candles = { ...query, limit: (query.limit ?? 50) + 1 };
  const [openInterest, klines] = await Promise.all([
    fetchJson(openInterestUrl(query), options),
    fetchJson(markPriceKlineUrl(candles), options),
  ]);
  return parseOpenInterestHistory(openInterest, query.asset, parseMarkPriceOpens(klines));
}

// --- Liquidations: WebSocket topic allLiquidation.{symbol} ---------------------------------------

/**
 * Docs: https://bybit-exchange.github.io/docs/v5/websocket/public/all-liquidation
 *       https://bybit-exchange.github.io/docs/v5/ws/connect (subscribe, ping every 20 s, replies)
 */
const STREAM_HOST = 'stream.bybit.com';

const ASSET_BY_SYMBOL = new Map(MAJOR_ASSETS.map((asset) => [SYMBOLS[asset], asset]));

/** Subscribe acks and pongs, `{success, ret_msg, op, …}`; a refused subscription has success false. */
const StreamReply = z.object({ op: z.string(), success: z.optional(z.boolean()), ret_msg: z.optional(z.string()) });

const LiquidationPush = z.object({
  topic: z.string().check(z.startsWith('allLiquidation.')),
  data: z.array(z.looseObject({ s: z.string() })),
});

/** The documented entry; only the fields we read are required. */
const AllLiquidation = z.object({
  T: z.number().check(z.int()),
  /**
   * The liquidated position's side, not the closing order's: the docs say "When you receive a
   * `Buy` update, this means that a long position has been liquidated".
   */
  S: z.enum(['Buy', 'Sell']),
  /** Executed size, coins. */
  v: positiveDecimal,
  /** Bankruptcy price, USD: the notional is valued there, not at the fill. */
  p: positiveDecimal,
});

export const bybitLiquidationStream: LiquidationStream = {
  venue: 'bybit',
  url: `wss://${STREAM_HOST}/v5/public/linear`,
  onOpen: [JSON.stringify({ op: 'subscribe', args: MAJOR_ASSETS.map((asset) => `allLiquidation.${SYMBOLS[asset]}`) })],
  // Bybit recommends a ping every 20 s and cuts connections idle for long; it answers with a pong.
  keepAlive: { message: JSON.stringify({ op: 'ping' }), everyMs: 20_000 },
  parse(text) {
    const json = parseStreamJson(text, STREAM_HOST);
    if (typeof json === 'object' && json !== null && 'op' in json) {
      // Named by nothing the venue sent: its `op` may not even be a string.
      const reply = parseResponse(StreamReply, json, STREAM_HOST, 'stream reply');
      if (reply.success === false)
        throw new SourceError('api', t('market.bybitStreamError', { msg: reply.ret_msg ?? reply.op }));
      return [];
    }
    const push = parseResponse(LiquidationPush, json, STREAM_HOST, 'liquidation stream');
    const liquidations = push.data.flatMap((entry) => {
      const asset = ASSET_BY_SYMBOL.get(entry.s);
      if (!asset) return [];
      const liquidation = parseResponse(AllLiquidation, entry, STREAM_HOST, `${entry.s} liquidation`);
      return [
        {
          asset,
          venue: 'bybit' as const,
          side: liquidation.S === 'Buy' ? ('long' as const) : ('short' as const),
          usd: liquidation.v * liquidation.p,
          at: liquidation.T,
        },
      ];
    });
    return checkedLiquidations(STREAM_HOST, liquidations);
  },
};
