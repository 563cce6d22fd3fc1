import { defineContentScript } from 'wxt/utils/define-content-script';
import { POLL_INTERVAL_MS } from '@/lib/market/poll-schedule';
import { MarketSnapshotSchema } from '@/lib/market/snapshot';
import { sendMessage } from '@/lib/messaging/protocol';
import { NEWS_SITE_MATCHES } from '@/lib/news-sites';
import { type Annotations, annotatePage } from './annotate-page';

export default defineContentScript({
  matches: NEWS_SITE_MATCHES,
  runAt: 'document_idle',
  async main(ctx) {
    let annotations: Annotations | null = null;

    const refresh = async () => {
      const snapshot = await fetchSnapshot();
      if (!snapshot || ctx.isInvalid) return;
      if (annotations) annotations.update(snapshot);
      else annotations = annotatePage(document.body, snapshot);
    };

    ctx.onInvalidated(() => annotations?.remove());
    await refresh();
    // Keep chips live while the article is open; a hidden tab does no work.
    ctx.setInterval(() => {
      if (document.visibilityState === 'visible') void refresh();
    }, POLL_INTERVAL_MS);
  },
});

/** Ask the background for figures; what comes back is checked like any other input. */
async function fetchSnapshot() {
  try {
    const parsed = MarketSnapshotSchema.safeParse(await sendMessage('getSnapshot'));
    return parsed.success ? parsed.data : null;
  } catch {
    // The extension was reloaded or the worker is starting: try again on the next tick.
    return null;
  }
}
