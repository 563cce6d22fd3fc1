import { z } from 'zod/mini';
import { finite } from '../finite';
import { FxRatesSchema } from '../format/quote-currency';
import { HourlyPayloadSchema } from '../market/cycle-data';
import { ExtraFailureSchema } from '../market/prices';
import { CandleSchema, FundingPointSchema, PerpQuoteSchema, VenueQuoteSchema } from '../sources/model';
import { SymbolSchema } from '../watchlist/symbol';

/** Everything one task may return, as it is stored: each kind optional. */
export const TaskResultSchema = z.object({
  ...HourlyPayloadSchema.shape,
  spot: z.optional(z.array(VenueQuoteSchema)),
  perps: z.optional(z.array(PerpQuoteSchema)),
  candles: z.optional(z.array(CandleSchema)),
  fiveMinuteCandles: z.optional(z.array(CandleSchema)),
  funding: z.optional(z.array(FundingPointSchema)),
  fx: z.optional(z.array(FxRatesSchema)),
  extras: z.optional(z.array(z.object({ ...VenueQuoteSchema.shape, asset: SymbolSchema }))),
  extraFailures: z.optional(z.array(ExtraFailureSchema)),
  delisted: z.optional(z.array(SymbolSchema)),
});

/**
 * What each live-figure task last returned, and when, by task id. When our own budget holds a
 * venue back for the rest of a minute, the figures it gave within that minute stand in for it.
 */
export const LastTaskResultsSchema = z.record(z.string(), z.object({ at: finite, part: TaskResultSchema }));
export type LastTaskResults = z.infer<typeof LastTaskResultsSchema>;
