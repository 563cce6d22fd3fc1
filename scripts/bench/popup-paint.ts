import { PAINTED_MARK } from '../../entrypoints/popup/paint-mark';
import { median } from '../../lib/market/median';
import { startReplayServer } from '../../replay/server';
import { waitForSettledBadge } from '../../tests/harness/badge';
import { launchWithExtension } from '../../tests/harness/launch';
import { openPopupPage } from '../../tests/harness/pages';

/**
 * Open the popup `runs` times in Chromium (production build, storage filled by a real poll) and
 * read the popup's own User Timing mark: from navigation start to the score and prices rendered
 * (Preact runs effects after the frame is painted).
 */
export async function benchPopupPaint(runs = 20): Promise<{ medianMs: number; maxMs: number; runs: number }> {
  const replay = await startReplayServer({ scenario: 'article-day' });
  const ext = await launchWithExtension({ replayArgs: replay.chromiumArgs });
  try {
    await waitForSettledBadge(ext.serviceWorker);
    const times: number[] = [];
    for (let run = 0; run < runs; run++) {
      const page = await openPopupPage(ext);
      const mark = await page.waitForFunction((name) => performance.getEntriesByName(name)[0]?.startTime, PAINTED_MARK);
      times.push((await mark.jsonValue()) as number);
      await page.close();
    }
    return { medianMs: median(times), maxMs: Math.max(...times), runs };
  } finally {
    await ext.context.close();
    await replay.close();
  }
}
