import { z } from 'zod/mini';
import { type AssetId, MAJOR_ASSETS } from '../assets';
import { HOUR } from '../time';
import { t } from '../words';
import { decimalString, nonNegativeDecimal, positiveDecimal } from './decimal';
import { type FetchJsonOptions, fetchJson } from './fetch-json';
import { checkedLiquidations, type LiquidationStream } from './liquidation-stream';
import type { Liquidation, OpenInterestPoint, PerpQuote } from './model';
import { parseListed, parseResponse, parseStreamJson } from './parse';
import { percentChange } from './percent-change';
import { SourceError } from './source-error';

/**
 * OKX v5 public market data (no key), USDT-margined perpetual swaps.
 * Docs: https://www.okx.com/docs-v5/en/#order-book-trading-market-data-get-tickers
 *       https://www.okx.com/docs-v5/en/#public-data-rest-api-get-open-interest
 *       https://www.okx.com/docs-v5/en/#public-data-rest-api-get-funding-rate
 *       https://www.okx.com/docs-v5/en/#trading-statistics-rest-api-get-contracts-open-interest-and-volume
 * Every answer comes as `{code, msg, data}`; OKX refuses a request (unknown instrument, bad
 * parameter) with HTTP 200 and a code other than "0". Every number is a string. OKX sends ""
 * for fields that do not apply, but none of the fields read here is documented as ever empty,
 * so "" in one of them is drift.
 */
const HOST = 'www.okx.com';
const BASE = `https://${HOST}`;

const INST_IDS: Record<AssetId, string> = {
  BTC: 'BTC-USDT-SWAP',
  ETH: 'ETH-USDT-SWAP',
  SOL: 'SOL-USDT-SWAP',
  XRP: 'XRP-USDT-SWAP',
  BNB: 'BNB-USDT-SWAP',
};

const EIGHT_HOURS_MS = 8 * HOUR;

const Envelope = z.object({ code: z.string(), msg: z.string() });

/** A refusal inside HTTP 200 is the venue speaking, not drift: it becomes an 'api' error. */
function parseEnvelope<S extends z.ZodMiniType>(schema: S, json: unknown, what: string): z.output<S> {
  const { code, msg } = parseResponse(Envelope, json, HOST, what);
  if (code !== '0') throw new SourceError('api', t('market.okxError', { code, msg }));
  return parseResponse(schema, json, HOST, what);
}

/** Every swap OKX lists; only ours are checked field by field. */
const SwapList = z.object({ data: z.array(z.looseObject({ instId: z.string() })) });

function parseSwaps<S extends z.ZodMiniType>(json: unknown, schema: S, what: string) {
  return parseListed(parseEnvelope(SwapList, json, what).data, 'instId', INST_IDS, schema, HOST, what);
}

/** The documented ticker; only the fields we read are required. */
const SwapTicker = z.object({
  last: positiveDecimal,
  open24h: nonNegativeDecimal,
  ts: decimalString,
});

export function tickersUrl(): string {
  return `${BASE}/api/v5/market/tickers?instType=SWAP`;
}

/**
 * Validate a swap tickers response and normalise it. OKX tickers carry no mark price, so the
 * last trade stands in for it (`/api/v5/public/mark-price` has the mark, one more request).
 */
export function parseTickers(json: unknown): PerpQuote[] {
  return parseSwaps(json, SwapTicker, 'tickers').map(({ asset, entry }) => ({
    asset,
    venue: 'okx' as const,
    markPrice: entry.last,
    change24hPct: percentChange(entry.open24h, entry.last),
    at: entry.ts,
  }));
}

export async function fetchOkxPerpQuotes(options?: FetchJsonOptions): Promise<PerpQuote[]> {
  return parseTickers(await fetchJson(tickersUrl(), options));
}

const SwapOpenInterest = z.object({
  /** USD; `oi` counts contracts and `oiCcy` coins. */
  oiUsd: positiveDecimal,
  ts: decimalString,
});

export function openInterestUrl(): string {
  return `${BASE}/api/v5/public/open-interest?instType=SWAP`;
}

/** Validate a swap open-interest response: one current point per asset. */
export function parseOpenInterest(json: unknown): OpenInterestPoint[] {
  return parseSwaps(json, SwapOpenInterest, 'open-interest').map(({ asset, entry }) => ({
    asset,
    venue: 'okx' as const,
    at: entry.ts,
    openInterestUsd: entry.oiUsd,
  }));
}

export async function fetchOkxOpenInterest(options?: FetchJsonOptions): Promise<OpenInterestPoint[]> {
  return parseOpenInterest(await fetchJson(openInterestUrl(), options));
}

/** The funding part of a PerpQuote, which OKX serves per instrument on its own endpoint. */
export type OkxFundingRate = Required<Pick<PerpQuote, 'asset' | 'venue' | 'fundingRate8h' | 'at'>>;

const FundingRate = z
  .object({
    /** For the settlement at `fundingTime`, over the interval up to `nextFundingTime`. */
    fundingRate: decimalString,
    fundingTime: decimalString,
    nextFundingTime: decimalString,
    ts: decimalString,
  })
  .check(
    z.refine((rate) => rate.nextFundingTime > rate.fundingTime, {
      error: () => t('market.issueFundingTimes'),
      path: ['nextFundingTime'],
    }),
  );

export function fundingRateUrl(asset: AssetId): string {
  return `${BASE}/api/v5/public/funding-rate?instId=${INST_IDS[asset]}`;
}

/**
 * Validate a funding-rate response and scale the rate to 8 h. OKX moves volatile swaps to 4 h,
 * 2 h or 1 h funding; the docs say to read the interval as `nextFundingTime − fundingTime`.
 */
export function parseFundingRate(json: unknown, asset: AssetId): OkxFundingRate {
  const found = parseSwaps(json, FundingRate, 'funding-rate').find((rate) => rate.asset === asset);
  if (!found) {
    const detail = `data: ${t('market.issueNoEntry', { id: INST_IDS[asset] })}`;
    throw new SourceError('schema', t('market.formatChanged', { host: HOST, what: 'funding-rate', detail }));
  }
  const { fundingRate, fundingTime, nextFundingTime, ts } = found.entry;
  return {
    asset,
    venue: 'okx',
    fundingRate8h: fundingRate * (EIGHT_HOURS_MS / (nextFundingTime - fundingTime)),
    at: ts,
  };
}

export async function fetchOkxFundingRate(asset: AssetId, options?: FetchJsonOptions): Promise<OkxFundingRate> {
  return parseFundingRate(await fetchJson(fundingRateUrl(asset), options), asset);
}

export type OkxOpenInterestPeriod = '5m' | '1H' | '1D';

/** Rows of `[ts, oi, vol]`, oi and vol in USD; a column OKX may add later is left alone. */
const OpenInterestVolume = z.object({
  data: z.array(z.tuple([decimalString, positiveDecimal], z.unknown())),
});

/** OKX keeps 2 days of 5m, 30 days of 1H and 180 days of 1D points. */
export function openInterestVolumeUrl(asset: AssetId, period: OkxOpenInterestPeriod): string {
  return `${BASE}/api/v5/rubik/stat/contracts/open-interest-volume?ccy=${asset}&period=${period}`;
}

/**
 * Validate an open-interest history, oldest first. It covers every OKX contract on the coin
 * (USDT- and coin-margined swaps and expiry futures), so it reads higher than the USDT swap's
 * figure from `/public/open-interest`; use it for the trend, not the level.
 */
export function parseOpenInterestVolume(json: unknown, asset: AssetId): OpenInterestPoint[] {
  return parseEnvelope(OpenInterestVolume, json, 'open-interest-volume')
    .data.map(([at, openInterestUsd]) => ({ asset, venue: 'okx' as const, at, openInterestUsd }))
    .sort((a, b) => a.at - b.at);
}

export async function fetchOkxOpenInterestHistory(
  asset: AssetId,
  period: OkxOpenInterestPeriod,
  options?: FetchJsonOptions,
): Promise<OpenInterestPoint[]> {
  return parseOpenInterestVolume(await fetchJson(openInterestVolumeUrl(asset, period), options), asset);
}

/**
 * The whole swap picture OKX spreads over three endpoints: tickers (price, 24 h change), open
 * interest for every swap in one call, and funding per instrument. Any call failing fails it all,
 * so a quote never goes out half-filled as if complete.
 */
export async function fetchOkxPerps(options?: FetchJsonOptions): Promise<PerpQuote[]> {
  const [tickers, openInterest] = await Promise.all([fetchOkxPerpQuotes(options), fetchOkxOpenInterest(options)]);
  const funding = await Promise.all(tickers.map((ticker) => fetchOkxFundingRate(ticker.asset, options)));
  return tickers.map((ticker) => ({
    ...ticker,
    openInterestUsd: openInterest.find((point) => point.asset === ticker.asset)?.openInterestUsd,
    fundingRate8h: funding.find((rate) => rate.asset === ticker.asset)?.fundingRate8h,
  }));
}

// --- Liquidations: WebSocket channel liquidation-orders -----------------------------------------

/**
 * Docs: https://www.okx.com/docs-v5/en/#public-data-websocket-liquidation-orders-channel
 *       https://www.okx.com/docs-v5/en/#overview-websocket-connect (idle 30 s closes; 'ping'/'pong')
 *       https://www.okx.com/docs-v5/en/#overview-websocket-subscribe (event replies)
 * OKX says this feed "doesn't represent the total number of liquidations on OKX".
 */
const STREAM_HOST = 'ws.okx.com';

const ASSET_BY_INST_ID = new Map(MAJOR_ASSETS.map((asset) => [INST_IDS[asset], asset]));

/**
 * Coins per contract: `ctVal` of each swap in GET /api/v5/public/instruments?instType=SWAP. The
 * stream counts contracts, so a change of contract size there must be made here too.
 */
const OKX_CONTRACT_VALUES: Record<AssetId, number> = { BTC: 0.01, ETH: 0.1, SOL: 1, XRP: 100, BNB: 0.01 };

/** `subscribe` acks, `notice`s and `error`s, each with an `event`. */
const StreamEvent = z.object({ event: z.string(), code: z.optional(z.string()), msg: z.optional(z.string()) });

const LiquidationPush = z.object({
  arg: z.object({ channel: z.literal('liquidation-orders') }),
  data: z.array(z.looseObject({ instId: z.string() })),
});

/** The documented swap entry; only the fields we read are required. */
const SwapLiquidations = z.object({
  details: z.array(
    z.object({
      /** The liquidation order's side: a sell closes a long. */
      side: z.enum(['buy', 'sell']),
      /** `long`/`short` in hedge mode; `net` in one-way mode, where only the order side tells. */
      posSide: z.enum(['long', 'short', 'net']),
      /** Contracts, not coins. */
      sz: positiveDecimal,
      bkPx: positiveDecimal,
      ts: decimalString,
    }),
  ),
});

export const okxLiquidationStream: LiquidationStream = {
  venue: 'okx',
  url: `wss://${STREAM_HOST}:8443/ws/v5/public`,
  onOpen: [JSON.stringify({ op: 'subscribe', args: [{ channel: 'liquidation-orders', instType: 'SWAP' }] })],
  // OKX closes a connection that has seen nothing for 30 s; it answers the text 'ping' with 'pong'.
  keepAlive: { message: 'ping', everyMs: 25_000 },
  parse(text) {
    if (text === 'pong') return [];
    const json = parseStreamJson(text, STREAM_HOST);
    if (typeof json === 'object' && json !== null && 'event' in json) {
      const { event, code, msg } = parseResponse(StreamEvent, json, STREAM_HOST, 'WebSocket event');
      if (event === 'error')
        throw new SourceError('api', t('market.okxError', { code: String(code), msg: String(msg) }));
      return [];
    }
    const push = parseResponse(LiquidationPush, json, STREAM_HOST, 'liquidation stream');
    const liquidations = push.data.flatMap(({ instId, ...entry }) => {
      const asset = ASSET_BY_INST_ID.get(instId);
      if (!asset) return [];
      const { details } = parseResponse(SwapLiquidations, entry, STREAM_HOST, `${instId} liquidation`);
      return details.map(
        (detail): Liquidation => ({
          asset,
          venue: 'okx',
          side: detail.posSide === 'net' ? (detail.side === 'sell' ? 'long' : 'short') : detail.posSide,
          usd: detail.sz * OKX_CONTRACT_VALUES[asset] * detail.bkPx,
          at: detail.ts,
        }),
      );
    });
    return checkedLiquidations(STREAM_HOST, liquidations);
  },
};
