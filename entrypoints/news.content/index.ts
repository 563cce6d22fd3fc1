import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { sendMessage } from '@/lib/messaging/message';
import { getPrices } from '@/lib/messaging/messages';
import { isSiteDisabled, NEWS_SITE_MATCHES } from '@/lib/news-sites';
import { MINUTE } from '@/lib/time';
import { type Annotations, annotatePage } from './annotate-page';

/** The synced settings' storage key (the options page writes it through `settingsItem`). */
const SETTINGS_KEY = 'settings';

export default defineContentScript({
  matches: NEWS_SITE_MATCHES,
  runAt: 'document_idle',
  async main(ctx) {
    let annotations: Annotations | null = null;
    let enabled = !isSiteDisabled((await browser.storage.sync.get(SETTINGS_KEY))[SETTINGS_KEY], location.hostname);

    const refresh = async () => {
      if (!enabled) return;
      const prices = await fetchPrices();
      if (!prices || ctx.isInvalid || !enabled) return;
      if (annotations) annotations.update(prices);
      else annotations = annotatePage(document.body, prices);
    };

    // Turning the site off in options takes every chip away at once, and on brings them back.
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      const change = changes[SETTINGS_KEY];
      if (area !== 'sync' || !change) return;
      enabled = !isSiteDisabled(change.newValue, location.hostname);
      if (!enabled) {
        annotations?.remove();
        annotations = null;
      } else void refresh();
    };
    browser.storage.onChanged.addListener(onChanged);
    ctx.onInvalidated(() => {
      browser.storage.onChanged.removeListener(onChanged);
      annotations?.remove();
    });
    await refresh();
    // Keep chips live while the article is open; a hidden tab does no work.
    ctx.setInterval(() => {
      if (document.visibilityState === 'visible') void refresh();
    }, MINUTE);
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
