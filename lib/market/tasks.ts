import { fetchBinanceSpotQuotes } from '../sources/binance-spot';
import type { FetchJsonOptions } from '../sources/fetch-json';
import type { VenueId } from '../sources/venues';
import type { CycleData } from './cycle-data';

/**
 * One call (or a small group of calls) to one venue. `cycle` tasks run every poll; `hourly`
 * tasks fetch history, which changes slowly and costs more, so they are staggered to once an
 * hour and their last result is kept between cycles.
 */
export interface SourceTask {
  id: string;
  venue: VenueId;
  cadence: 'cycle' | 'hourly';
  /** HTTP requests one run makes, for the per-venue budget. */
  requests: number;
  run(options: FetchJsonOptions): Promise<Partial<CycleData>>;
}

export const TASKS: readonly SourceTask[] = [
  {
    id: 'binance-spot/ticker-24h',
    venue: 'binance-spot',
    cadence: 'cycle',
    requests: 1,
    run: async (options) => ({ spot: await fetchBinanceSpotQuotes(options) }),
  },
];

/** The venues a poll calls, and so the hosts the manifest asks for. */
export const POLLED_VENUES: readonly VenueId[] = [...new Set(TASKS.map((task) => task.venue))];
