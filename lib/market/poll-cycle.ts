import { fetchBinanceSpotQuotes } from '../sources/binance-spot';
import type { FetchJsonOptions } from '../sources/fetch-json';
import type { VenueQuote } from '../sources/model';
import { describeSourceError } from '../sources/source-error';
import type { VenueId } from '../sources/venues';
import { mergeQuotes } from './merge-quotes';
import type { MarketSnapshot, PollStatus, SourceHealth } from './snapshot';

export interface PollResult {
  /** Null when no venue gave usable data: the caller keeps its last good snapshot. */
  snapshot: MarketSnapshot | null;
  status: PollStatus;
}

type QuoteSource = (options?: FetchJsonOptions) => Promise<VenueQuote[]>;

const SOURCES: ReadonlyArray<readonly [VenueId, QuoteSource]> = [['binance-spot', fetchBinanceSpotQuotes]];

/** The venues a poll calls, and so the hosts the manifest asks for. */
export const POLLED_VENUES: readonly VenueId[] = SOURCES.map(([venue]) => venue);

export interface PollDeps extends FetchJsonOptions {
  now?: () => number;
  sources?: ReadonlyArray<readonly [VenueId, QuoteSource]>;
}

/** One poll: ask every venue at once, keep what validated, and say what failed and why. */
export async function runPollCycle(deps: PollDeps = {}): Promise<PollResult> {
  const now = deps.now ?? Date.now;
  const sources = deps.sources ?? SOURCES;
  const attemptedAt = now();

  const settled = await Promise.allSettled(sources.map(([, fetchQuotes]) => fetchQuotes(deps)));

  const quotes: VenueQuote[] = [];
  const health: SourceHealth[] = settled.map((outcome, index) => {
    const venue = sources[index]?.[0] as VenueId;
    if (outcome.status === 'fulfilled') {
      quotes.push(...outcome.value);
      return { venue, ok: true, at: now() };
    }
    return { venue, ok: false, at: now(), error: describeSourceError(outcome.reason) };
  });

  const assets = mergeQuotes(quotes);
  return {
    snapshot: assets.length > 0 ? { takenAt: attemptedAt, assets } : null,
    status: { attemptedAt, sources: health },
  };
}
