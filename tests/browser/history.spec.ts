import type { Worker } from '@playwright/test';
import { DAY } from '../../lib/time';
import { expect, test } from '../harness/fixtures';
import { launchWithExtension } from '../harness/launch';

interface StoredPoint {
  t: number;
  close: Record<string, number>;
  oiChange24hPct?: number;
  btcFunding8h?: number;
  btcDvol?: number;
  btcLongShort?: number;
  score?: number;
}

async function hourly(worker: Worker): Promise<StoredPoint[]> {
  return worker.evaluate(async () => {
    const stored = await chrome.storage.local.get('history.hourly');
    return (stored['history.hourly'] ?? []) as StoredPoint[];
  });
}

test.describe('history', () => {
  test('backfills 30 days on install, once, and the derivatives once the budget allows', async ({
    ext,
    replay,
    settledBadge,
  }) => {
    test.setTimeout(150_000);
    await settledBadge();
    // The first cycle brings 30 days of hourly prices and DVOL.
    const first = await hourly(ext.serviceWorker);
    expect(first.length).toBeGreaterThan(29 * 24);
    expect((first.at(-1)?.t ?? 0) - (first[0]?.t ?? 0)).toBeGreaterThan(29 * DAY);
    expect(first.filter((p) => p.close.BTC && p.close.ETH && p.close.BNB).length).toBeGreaterThan(29 * 24);
    expect(first.filter((p) => p.btcDvol !== undefined).length).toBeGreaterThan(29 * 24);
    expect(first.at(-1)?.score).toBeGreaterThan(0);

    // Binance Futures' share waits for the next minute's budget, then fills in open interest,
    // funding and the long/short ratio on the same points.
    await expect
      .poll(async () => (await hourly(ext.serviceWorker)).filter((p) => p.btcFunding8h !== undefined).length, {
        timeout: 120_000,
        intervals: [2_000],
      })
      .toBeGreaterThan(28 * 24);
    const filled = await hourly(ext.serviceWorker);
    expect(filled.filter((p) => p.oiChange24hPct !== undefined).length).toBeGreaterThan(28 * 24);
    expect(filled.filter((p) => p.btcLongShort !== undefined).length).toBeGreaterThan(28 * 24);

    const counts = replay.requestCounts();
    // Once per major for 30 days of hourly klines, once for 12 hours of five-minute klines (the
    // hour windows' starting points): the backfill ran once.
    expect(counts['api.binance.com /api/v3/klines']).toBe(10);
    expect(counts['fapi.binance.com /fapi/v1/fundingRate']).toBe(1);
  });

  test('survives a browser restart, and the next poll adds to it', async ({ ext, replay, settledBadge }) => {
    await settledBadge();
    const before = await hourly(ext.serviceWorker);
    await ext.context.close();

    const again = await launchWithExtension({ replayArgs: replay.chromiumArgs, userDataDir: ext.userDataDir });
    try {
      const kept = await hourly(again.serviceWorker);
      expect(kept.slice(0, before.length)).toEqual(before);
      const fine = await again.serviceWorker.evaluate(async () => {
        const stored = await chrome.storage.local.get('history.fiveMinute');
        return (stored['history.fiveMinute'] ?? []) as unknown[];
      });
      expect(fine.length).toBeGreaterThan(0);
    } finally {
      await again.context.close();
    }
  });
});
