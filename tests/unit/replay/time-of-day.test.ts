import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { simulatePolling } from '@/lib/poll/simulate';
import { HOUR, MINUTE } from '@/lib/time';
import { type ReplayServer, startReplayServer } from '../../../replay/server';
import { replayFetch } from '../../harness/replay-fetch';

let server: ReplayServer;

/**
 * Each venue's history sits on its own grid (Binance's counted back from the moment asked, Bybit's
 * and OKX's on the hour), so which points a window starts from moves with the clock. The browser
 * tests read the article day's open-interest figures at whatever time CI runs them; these are the
 * figures they may see, from the first and the last minute of every third hour of a day.
 */
const MOMENTS = Array.from({ length: 8 }, (_, k) => 3 * k * HOUR).flatMap((hour) => [
  hour + MINUTE + 30_000,
  hour + 59 * MINUTE + 30_000,
]);
const DAY_START = Date.UTC(2026, 11, 3);

describe('the article day at any time of day', () => {
  beforeAll(async () => {
    server = await startReplayServer({ scenario: 'article-day' });
  });
  afterEach(() => {
    vi.useRealTimers();
  });
  afterAll(() => server.close());

  it.each(MOMENTS.map((ms) => [new Date(DAY_START + ms).toISOString().slice(11, 16), ms]))(
    'at %s UTC the open interest falls 4.4 % over 24 h, about 12.5 % over 7 days and 34 % over 30',
    async (_, ms) => {
      // Only the date moves, for the replay's grids and the poll alike; sockets and timers run as ever.
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(DAY_START + Number(ms));
      // The scenario's own clock counts from the faked moment, as from a replay started then.
      server.setClock(0);
      const [install] = await simulatePolling(replayFetch(server), 1, MINUTE, Date.now());
      const change = install?.snapshot?.derivatives?.openInterestChangePct ?? {};
      // As the chip and the popup print it: one decimal.
      expect(change['24h']?.toFixed(1)).toBe('-4.4');
      expect(change['7d']).toBeGreaterThan(-13);
      expect(change['7d']).toBeLessThan(-12);
      expect(change['30d']).toBeGreaterThan(-34.5);
      expect(change['30d']).toBeLessThan(-33.5);
    },
    30_000,
  );
});
