import { z } from 'zod/mini';
import { finite, positive } from '../finite';
import type { FxRates } from '../format/quote-currency';
import {
  type Candle,
  type FundingPoint,
  type GlobalMarket,
  GlobalMarketSchema,
  type LongShortPoint,
  LongShortPointSchema,
  type OpenInterestPoint,
  OpenInterestPointSchema,
  type PerpQuote,
  type SpotQuote,
  type SupplyPoint,
  SupplyPointSchema,
  type TakerFlowPoint,
  TakerFlowPointSchema,
  type VenueQuote,
  type VolIndexPoint,
  VolIndexPointSchema,
} from '../sources/model';
import { SymbolSchema } from '../watchlist/symbol';
import type { ExtraFailure } from './prices';

/** Everything one cycle learned, by kind, before it is merged into a snapshot. */
export interface CycleData {
  spot: VenueQuote[];
  perps: PerpQuote[];
  openInterestHistory: OpenInterestPoint[];
  volIndex: VolIndexPoint[];
  longShort: LongShortPoint[];
  takerFlow: TakerFlowPoint[];
  /** Price history, for the backfill: hourly candles for 30 days. */
  candles: Candle[];
  /** Five-minute candles for the last 12 hours, so a move over the past hour has a start after a backfill. */
  fiveMinuteCandles: Candle[];
  /** Funding settlements, for the backfill. */
  funding: FundingPoint[];
  /** Each major's coins in circulation, for its market cap. */
  supply: SupplyPoint[];
  /** The whole crypto market's capitalisation (CoinGecko's, at most one). */
  global: GlobalMarket[];
  /** Exchange rates for showing prices in other currencies (Kraken's, at most one). */
  fx: FxRates[];
  /** The watchlist's symbols beyond the majors: their quotes, why some have none, and hourly closes. */
  extras: SpotQuote[];
  extraFailures: ExtraFailure[];
  extraCloses: ExtraClose[];
  /** Extras Binance said it lists no more: where they trade is looked up again. */
  delisted: string[];
}

/** One hourly close of a watchlist extra, for its sparkline. */
export const ExtraCloseSchema = z.object({ asset: SymbolSchema, at: finite, close: positive });
export type ExtraClose = z.infer<typeof ExtraCloseSchema>;

export function emptyCycleData(): CycleData {
  return {
    spot: [],
    perps: [],
    openInterestHistory: [],
    volIndex: [],
    longShort: [],
    takerFlow: [],
    candles: [],
    fiveMinuteCandles: [],
    funding: [],
    supply: [],
    global: [],
    fx: [],
    extras: [],
    extraFailures: [],
    extraCloses: [],
    delisted: [],
  };
}

/** Add one task's findings to what the cycle has so far. */
export function addCycleData(into: CycleData, part: Partial<CycleData>): CycleData {
  for (const key of Object.keys(part) as Array<keyof CycleData>) {
    (into[key] as unknown[]).push(...(part[key] ?? []));
  }
  return into;
}

/**
 * What an hourly (history) task returned last time it succeeded, kept in storage by task id so
 * every cycle's snapshot can use it until the next run replaces it.
 */
export const HourlyPayloadSchema = z.object({
  openInterestHistory: z.optional(z.array(OpenInterestPointSchema)),
  volIndex: z.optional(z.array(VolIndexPointSchema)),
  longShort: z.optional(z.array(LongShortPointSchema)),
  takerFlow: z.optional(z.array(TakerFlowPointSchema)),
  extraCloses: z.optional(z.array(ExtraCloseSchema)),
  supply: z.optional(z.array(SupplyPointSchema)),
  global: z.optional(z.array(GlobalMarketSchema)),
});
export const HourlyDataSchema = z.record(z.string(), HourlyPayloadSchema);
export type HourlyData = z.infer<typeof HourlyDataSchema>;
