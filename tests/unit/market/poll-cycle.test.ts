import { describe, expect, it } from 'vitest';
import { runPollCycle } from '@/lib/market/poll-cycle';
import type { VenueQuote } from '@/lib/sources/model';
import { SourceError } from '@/lib/sources/source-error';

const btc: VenueQuote = {
  asset: 'BTC',
  venue: 'binance-spot',
  price: 67490,
  change24hPct: -1.88,
  open24h: 68783.4,
  volume24hUsd: 1,
  at: 0,
};

describe('runPollCycle', () => {
  it('builds a snapshot from what validated and marks the venue healthy', async () => {
    const result = await runPollCycle({ now: () => 1000, sources: [['binance-spot', async () => [btc]]] });
    expect(result.snapshot).toEqual({
      takenAt: 1000,
      assets: [{ asset: 'BTC', price: 67490, change24hPct: -1.88, venues: ['binance-spot'] }],
    });
    expect(result.status).toEqual({ attemptedAt: 1000, sources: [{ venue: 'binance-spot', ok: true, at: 1000 }] });
  });

  it('gives no snapshot when every venue failed, and says why', async () => {
    const down = async (): Promise<VenueQuote[]> => {
      throw new SourceError('http', 'api.binance.com answered HTTP 503', 503);
    };
    const result = await runPollCycle({ now: () => 5, sources: [['binance-spot', down]] });
    expect(result.snapshot).toBeNull();
    expect(result.status.sources).toEqual([
      { venue: 'binance-spot', ok: false, at: 5, error: 'api.binance.com answered HTTP 503' },
    ]);
  });

  it('never lets an unexpected throw escape', async () => {
    const broken = async (): Promise<VenueQuote[]> => {
      throw new Error('boom');
    };
    const result = await runPollCycle({ sources: [['binance-spot', broken]] });
    expect(result.status.sources[0]?.error).toBe('Unexpected error: boom');
  });
});
