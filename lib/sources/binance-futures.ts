import { z } from 'zod/mini';
import { type AssetId, MAJOR_ASSETS } from '../assets';
import { t } from '../words';
import { BINANCE_SYMBOLS } from './binance-spot';
import { decimalString, positiveDecimal } from './decimal';
import { type FetchJsonOptions, fetchJson } from './fetch-json';
import { checkedLiquidations, type LiquidationStream } from './liquidation-stream';
import type { FundingPoint, LongShortPoint, OpenInterestPoint, PerpQuote, SupplyPoint, TakerFlowPoint } from './model';
import { parseResponse, parseStreamJson } from './parse';

/**
 * Binance USDⓈ-M futures, public market data (no key).
 * Docs: https://developers.binance.com/docs/derivatives/usds-margined-futures/market-data/rest-api
 * `/fapi/v1/premiumIndex` without a symbol costs weight 10, `/fapi/v1/openInterest` 1,
 * `/fapi/v1/fundingRate` shares a 500 per 5 min limit with `/fapi/v1/fundingInfo`; the
 * `/futures/data/*` statistics cost 0 but are limited to 1000 requests per 5 min and keep only
 * the latest 30 days.
 */
const HOST = 'fapi.binance.com';
const BASE = `https://${HOST}`;

const ASSET_BY_SYMBOL = new Map(MAJOR_ASSETS.map((asset) => [BINANCE_SYMBOLS[asset], asset]));

const timestamp = z.number().check(z.int());

/**
 * The docs print the statistics' `timestamp` as a string ("1583127900000") while the live API
 * sends a number: either is taken, as ms.
 */
const statisticsTimestamp = z.union([
  timestamp,
  z.pipe(
    z.string().check(z.regex(/^\d+$/, { error: () => t('market.issueTimestamp') })),
    z.transform((value) => Number(value)),
  ),
]);

/** The periods the `/futures/data/*` statistics come in. */
export type FuturesDataPeriod = '5m' | '15m' | '30m' | '1h' | '2h' | '4h' | '6h' | '12h' | '1d';

/** Which rows of one symbol's history to fetch; without startTime or endTime, the latest `limit`. */
interface HistoryQuery {
  asset: AssetId;
  limit?: number;
  startTime?: number;
  endTime?: number;
}

export interface FuturesDataQuery extends HistoryQuery {
  period: FuturesDataPeriod;
  /** Binance's default 30, its maximum 500. */
  limit?: number;
}

export interface FundingHistoryQuery extends HistoryQuery {
  /** Binance's default 100, its maximum 1000. */
  limit?: number;
}

function historyUrl(
  path: string,
  { asset, limit, startTime, endTime }: HistoryQuery,
  extra: Record<string, string> = {},
): string {
  const params = new URLSearchParams({ symbol: BINANCE_SYMBOLS[asset], ...extra });
  if (limit !== undefined) params.set('limit', String(limit));
  if (startTime !== undefined) params.set('startTime', String(startTime));
  if (endTime !== undefined) params.set('endTime', String(endTime));
  return `${BASE}${path}?${params}`;
}

function futuresDataUrl(path: string, query: FuturesDataQuery): string {
  return historyUrl(path, query, { period: query.period });
}

// --- Mark price and funding: GET /fapi/v1/premiumIndex -----------------------------------------

const PremiumIndex = z.object({
  symbol: z.string(),
  markPrice: positiveDecimal,
  indexPrice: positiveDecimal,
  lastFundingRate: decimalString,
  time: timestamp,
});

/**
 * Without a symbol the answer lists every contract. Only the perpetuals we follow are held to the
 * schema, so an odd row for a contract we never read (a delivery contract's empty funding) cannot
 * sink our quotes.
 */
const PremiumIndexList = z.array(z.looseObject({ symbol: z.string() }));

export function premiumIndexUrl(): string {
  return `${BASE}/fapi/v1/premiumIndex`;
}

/**
 * Validate the all-symbols premium index and normalise it. `lastFundingRate` is per funding
 * interval; BTC, ETH, SOL, XRP and BNB USDT perpetuals settle every 8 h (they are not among the
 * symbols `/fapi/v1/fundingInfo` lists with an adjusted interval), so it is taken as the 8 h rate.
 */
export function parsePremiumIndex(json: unknown): PerpQuote[] {
  const rows = parseResponse(PremiumIndexList, json, HOST, 'premium index');
  const bySymbol = new Map(rows.map((row) => [row.symbol, row]));
  return MAJOR_ASSETS.flatMap((asset) => {
    const symbol = BINANCE_SYMBOLS[asset];
    const row = bySymbol.get(symbol);
    if (!row) return [];
    const index = parseResponse(PremiumIndex, row, HOST, `${symbol} premium index`);
    return [
      {
        asset,
        venue: 'binance-futures' as const,
        markPrice: index.markPrice,
        indexPrice: index.indexPrice,
        fundingRate8h: index.lastFundingRate,
        at: index.time,
      },
    ];
  });
}

export async function fetchBinanceFuturesMarks(options?: FetchJsonOptions): Promise<PerpQuote[]> {
  return parsePremiumIndex(await fetchJson(premiumIndexUrl(), options));
}

// --- Open interest now: GET /fapi/v1/openInterest -----------------------------------------------

const OpenInterest = z.object({
  symbol: z.enum(MAJOR_ASSETS.map((asset) => BINANCE_SYMBOLS[asset])),
  /** In coins (base asset), one side. */
  openInterest: positiveDecimal,
  time: timestamp,
});

export function openInterestUrl(asset: AssetId): string {
  return `${BASE}/fapi/v1/openInterest?symbol=${BINANCE_SYMBOLS[asset]}`;
}

/** Validate an open-interest answer; Binance counts coins, so the mark price turns them into USD. */
export function parseOpenInterest(json: unknown, markPrice: number): OpenInterestPoint {
  if (!(Number.isFinite(markPrice) && markPrice > 0)) throw new RangeError(`Bad mark price ${markPrice}`);
  const answer = parseResponse(OpenInterest, json, HOST, 'open interest');
  return {
    // The enum admits only our symbols, so the lookup always finds one.
    asset: ASSET_BY_SYMBOL.get(answer.symbol) as AssetId,
    venue: 'binance-futures',
    at: answer.time,
    openInterestUsd: answer.openInterest * markPrice,
  };
}

export async function fetchBinanceOpenInterest(
  asset: AssetId,
  markPrice: number,
  options?: FetchJsonOptions,
): Promise<OpenInterestPoint> {
  return parseOpenInterest(await fetchJson(openInterestUrl(asset), options), markPrice);
}

/**
 * Marks, funding and open interest of every perpetual we follow: one premium-index call (weight 10)
 * and one open-interest call per asset (weight 1 each), whose coins are valued at that mark.
 */
export async function fetchBinanceFuturesQuotes(options?: FetchJsonOptions): Promise<PerpQuote[]> {
  const marks = await fetchBinanceFuturesMarks(options);
  return Promise.all(
    marks.map(async (quote) => {
      const { openInterestUsd } = await fetchBinanceOpenInterest(quote.asset, quote.markPrice, options);
      return { ...quote, openInterestUsd };
    }),
  );
}

// --- Funding history: GET /fapi/v1/fundingRate -------------------------------------------------

const FundingRateHistory = z.array(
  // `markPrice` is not read: Binance leaves it empty in its oldest rows.
  z.object({ fundingRate: decimalString, fundingTime: timestamp }),
);

export function fundingRateHistoryUrl(query: FundingHistoryQuery): string {
  return historyUrl('/fapi/v1/fundingRate', query);
}

/** Validate settled funding (oldest first); our perpetuals settle every 8 h, so each rate is the 8 h rate. */
export function parseFundingRateHistory(json: unknown, asset: AssetId): FundingPoint[] {
  const rows = parseResponse(FundingRateHistory, json, HOST, 'funding rate history');
  return rows.map((row) => ({
    asset,
    venue: 'binance-futures' as const,
    at: row.fundingTime,
    fundingRate8h: row.fundingRate,
  }));
}

export async function fetchBinanceFundingHistory(
  query: FundingHistoryQuery,
  options?: FetchJsonOptions,
): Promise<FundingPoint[]> {
  return parseFundingRateHistory(await fetchJson(fundingRateHistoryUrl(query), options), query.asset);
}

// --- Open interest history: GET /futures/data/openInterestHist ----------------------------------

const OpenInterestHist = z.array(
  z.object({
    /** Already in USD; `sumOpenInterest` beside it is in coins. */
    sumOpenInterestValue: positiveDecimal,
    /** CoinMarketCap's count of the coins in circulation, passed along; left out of older answers. */
    CMCCirculatingSupply: z.optional(positiveDecimal),
    timestamp: statisticsTimestamp,
  }),
);

export function openInterestHistUrl(query: FuturesDataQuery): string {
  return futuresDataUrl('/futures/data/openInterestHist', query);
}

/** What the open-interest statistics say: open interest over time, and the latest circulating supply. */
export interface OpenInterestStatistics {
  openInterest: OpenInterestPoint[];
  /** The newest row's supply, when it carries one: supply changes slowly, so one point is enough. */
  supply: SupplyPoint[];
}

/** Validate open-interest statistics (oldest first) and normalise them. */
export function parseOpenInterestHist(json: unknown, asset: AssetId): OpenInterestStatistics {
  const rows = parseResponse(OpenInterestHist, json, HOST, 'open interest history');
  const latest = rows.reduce<(typeof rows)[number] | undefined>(
    (newest, row) =>
      row.CMCCirculatingSupply !== undefined && (!newest || row.timestamp > newest.timestamp) ? row : newest,
    undefined,
  );
  return {
    openInterest: rows.map((row) => ({
      asset,
      venue: 'binance-futures' as const,
      at: row.timestamp,
      openInterestUsd: row.sumOpenInterestValue,
    })),
    supply:
      latest?.CMCCirculatingSupply === undefined
        ? []
        : [{ asset, venue: 'binance-futures', at: latest.timestamp, circulating: latest.CMCCirculatingSupply }],
  };
}

export async function fetchBinanceOpenInterestHist(
  query: FuturesDataQuery,
  options?: FetchJsonOptions,
): Promise<OpenInterestStatistics> {
  return parseOpenInterestHist(await fetchJson(openInterestHistUrl(query), options), query.asset);
}

// --- Accounts long per account short: GET /futures/data/globalLongShortAccountRatio -------------

const LongShortRatio = z.array(z.object({ longShortRatio: positiveDecimal, timestamp: statisticsTimestamp }));

export function longShortRatioUrl(query: FuturesDataQuery): string {
  return futuresDataUrl('/futures/data/globalLongShortAccountRatio', query);
}

/** Validate the global long/short account ratio (oldest first) and normalise it. */
export function parseLongShortRatio(json: unknown, asset: AssetId): LongShortPoint[] {
  const rows = parseResponse(LongShortRatio, json, HOST, 'long/short ratio');
  return rows.map((row) => ({
    asset,
    venue: 'binance-futures' as const,
    at: row.timestamp,
    longShortRatio: row.longShortRatio,
  }));
}

export async function fetchBinanceLongShortRatio(
  query: FuturesDataQuery,
  options?: FetchJsonOptions,
): Promise<LongShortPoint[]> {
  return parseLongShortRatio(await fetchJson(longShortRatioUrl(query), options), query.asset);
}

// --- Taker buy volume per taker sell volume: GET /futures/data/takerlongshortRatio --------------

const TakerLongShortRatio = z.array(z.object({ buySellRatio: positiveDecimal, timestamp: statisticsTimestamp }));

export function takerLongShortRatioUrl(query: FuturesDataQuery): string {
  return futuresDataUrl('/futures/data/takerlongshortRatio', query);
}

/** Validate the taker buy/sell volume statistics (oldest first) and normalise them. */
export function parseTakerLongShortRatio(json: unknown, asset: AssetId): TakerFlowPoint[] {
  const rows = parseResponse(TakerLongShortRatio, json, HOST, 'taker buy/sell volume');
  return rows.map((row) => ({
    asset,
    venue: 'binance-futures' as const,
    at: row.timestamp,
    buySellRatio: row.buySellRatio,
  }));
}

export async function fetchBinanceTakerFlow(
  query: FuturesDataQuery,
  options?: FetchJsonOptions,
): Promise<TakerFlowPoint[]> {
  return parseTakerLongShortRatio(await fetchJson(takerLongShortRatioUrl(query), options), query.asset);
}

// --- Liquidations: WebSocket stream !forceOrder@arr ----------------------------------------------

/**
 * Binance retired the bare `wss://fstream.binance.com/ws/…` routes on 2026-04-23: liquidation
 * orders are "market" traffic and now live under `/market/ws/…`.
 * Docs: https://developers.binance.com/docs/derivatives/usds-margined-futures/websocket-market-streams/All-Market-Liquidation-Order-Streams
 *       https://developers.binance.com/docs/derivatives/usds-margined-futures/websocket-market-streams/Important-WebSocket-Change-Notice
 */
const STREAM_HOST = 'fstream.binance.com';

const ForceOrderEvent = z.object({ e: z.literal('forceOrder'), o: z.looseObject({ s: z.string() }) });

/** The documented order; only the fields we read are required. */
const ForceOrder = z.object({
  /** The liquidation order's side: a SELL closes a long, a BUY closes a short. */
  S: z.enum(['BUY', 'SELL']),
  /** Average fill price, USD. */
  ap: positiveDecimal,
  /** Filled so far, coins. */
  z: positiveDecimal,
  T: timestamp,
});

/**
 * Every USDⓈ-M liquidation, as a snapshot: at most the latest order per symbol each second, so a
 * cascade reads lower here than Binance's own totals.
 * No keepAlive: Binance pings every 3 min and the browser answers by itself. Those control frames
 * never reach the worker, and this stream can stay silent for minutes in a quiet market, so under
 * Chrome's 30 s rule the worker may still sleep (and drop the socket) while only Binance is open.
 */
export const binanceLiquidationStream: LiquidationStream = {
  venue: 'binance-futures',
  url: `wss://${STREAM_HOST}/market/ws/!forceOrder@arr`,
  onOpen: [],
  parse(text) {
    const event = parseResponse(ForceOrderEvent, parseStreamJson(text, STREAM_HOST), STREAM_HOST, 'liquidation stream');
    const asset = ASSET_BY_SYMBOL.get(event.o.s);
    // Every other USDⓈ-M contract is on this stream too; they are not ours to count.
    if (!asset) return [];
    const order = parseResponse(ForceOrder, event.o, STREAM_HOST, `${event.o.s} liquidation`);
    return checkedLiquidations(STREAM_HOST, [
      {
        asset,
        venue: 'binance-futures',
        side: order.S === 'SELL' ? 'long' : 'short',
        usd: order.z * order.ap,
        at: order.T,
      },
    ]);
  },
};
