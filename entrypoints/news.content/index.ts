import { defineContentScript } from 'wxt/utils/define-content-script';
import { POLL_INTERVAL_MS } from '@/lib/market/poll-schedule';
import { sendMessage } from '@/lib/messaging/message';
import { getPrices } from '@/lib/messaging/messages';
import { NEWS_SITE_MATCHES } from '@/lib/news-sites';
import { type Annotations, annotatePage } from './annotate-page';

export default defineContentScript({
  matches: NEWS_SITE_MATCHES,
  runAt: 'document_idle',
  async main(ctx) {
    let annotations: Annotations | null = null;

    const refresh = async () => {
      const prices = await fetchPrices();
      if (!prices || ctx.isInvalid) return;
      if (annotations) annotations.update(prices);
      else annotations = annotatePage(document.body, prices);
    };

    ctx.onInvalidated(() => annotations?.remove());
    await refresh();
    // Keep chips live while the article is open; a hidden tab does no work.
    ctx.setInterval(() => {
      if (document.visibilityState === 'visible') void refresh();
    }, POLL_INTERVAL_MS);
  },
});

/** Ask the background for figures; `sendMessage` validates the answer. */
async function fetchPrices() {
  try {
    return await sendMessage(getPrices, undefined);
  } catch {
    // The extension was reloaded, the worker is starting, or the answer was invalid: the next
    // tick tries again, and the page is left as it is meanwhile.
    return null;
  }
}
