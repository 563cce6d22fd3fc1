import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POLLED_VENUES } from '@/lib/poll/polled-venues';
import { budgetPerMinute } from '@/lib/poll/rate-budget';
import { simulatePolling } from '@/lib/poll/simulate';
import { VENUES } from '@/lib/sources/venues';
import { MINUTE } from '@/lib/time';
import { type ReplayServer, startReplayServer } from '../../../replay/server';
import { replayFetch } from '../../harness/replay-fetch';

let server: ReplayServer;

describe('an hour of polling against the replay exchange', () => {
  beforeAll(async () => {
    server = await startReplayServer({ scenario: 'article-day' });
  });
  afterAll(() => server.close());

  it('keeps every venue within its budget, counted by the replay server', async () => {
    const results = await simulatePolling(replayFetch(server), 60, MINUTE);
    expect(results.every((result) => result.status.sources.every((source) => source.state === 'ok'))).toBe(true);

    const counts = server.requestCounts();
    for (const venue of POLLED_VENUES) {
      const requests = Object.entries(counts)
        .filter(([key]) => (VENUES[venue].hosts as readonly string[]).includes(key.split(' ')[0] ?? ''))
        .reduce((sum, [, count]) => sum + count, 0);
      expect(requests, venue).toBeGreaterThan(0);
      expect(requests, venue).toBeLessThanOrEqual(budgetPerMinute(venue) * 60);
    }
    // The install backfill ran once (hourly and five-minute candles), the futures' part a minute
    // later when the budget allowed.
    expect(counts['api.binance.com /api/v3/klines']).toBe(2 * 5);
    expect(counts['fapi.binance.com /fapi/v1/fundingRate']).toBe(1);
    expect(results[0]?.backfill.candles.length).toBeGreaterThan(0);
    expect(results[1]?.backfill.funding.length).toBeGreaterThan(0);
    // Open-interest history from three venues, Bybit's coins valued at its own mark-price candles.
    const oiVenues = Object.values(results.at(-1)?.hourlyData ?? {}).flatMap((payload) =>
      (payload.openInterestHistory ?? []).map((point) => point.venue),
    );
    expect([...new Set(oiVenues)].sort()).toEqual(['binance-futures', 'bybit', 'okx']);
    expect(counts['api.bybit.com /v5/market/open-interest']).toBe(2 * 5);
    expect(counts['api.bybit.com /v5/market/mark-price-kline']).toBe(2 * 5);
    // The last cycle still tells the article's story, from history fetched once in the hour.
    const last = results.at(-1)?.snapshot;
    expect(last?.derivatives?.openInterestChangePct['30d']).toBeCloseTo(-34, 0);
    // Each asset's own, too.
    expect(
      last?.derivatives?.assets.find((asset) => asset.asset === 'SOL')?.openInterestChangePct?.['24h'],
    ).toBeCloseTo(-4.4, 0);
    // CoinGecko asked once every ten minutes, and the market caps it and Binance's supply give.
    expect(counts['api.coingecko.com /api/v3/global']).toBe(6);
    expect(last?.marketCap?.totalUsd).toBeGreaterThan(2e12);
    expect(last?.marketCap?.assets.BTC).toBeCloseTo(67_490 * 19_820_000, -6);
  }, 60_000);
});
