import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { sendMessage } from '@/lib/messaging/message';
import { annotateThisPage, getArticleFigures, watchLevel } from '@/lib/messaging/messages';
import { createRouter, route } from '@/lib/messaging/router';
import { isSiteDisabled, NEWS_SITE_MATCHES } from '@/lib/news-sites';
import { MINUTE } from '@/lib/time';
import { type Annotator, createAnnotator } from './annotator';
import { readPublishedAt } from './published-at';

/** The synced settings' storage key (the options page writes it through `settingsItem`). */
const SETTINGS_KEY = 'settings';

export default defineContentScript({
  matches: NEWS_SITE_MATCHES,
  runAt: 'document_idle',
  async main(ctx) {
    let annotator: Annotator | null = null;
    let publishedAt = readPublishedAt(document, Date.now());
    /** "Annotate this page" from the popup: on for this page, whatever the site's setting. */
    let asked = false;
    let enabled = !isSiteDisabled((await browser.storage.sync.get(SETTINGS_KEY))[SETTINGS_KEY], location.hostname);

    const watch = async (level: { asset: string; price: number }) => {
      try {
        return (await sendMessage(watchLevel, { asset: level.asset, price: level.price })).error;
      } catch {
        return 'Undertow could not be reached. Reload the page and try again.';
      }
    };

    const refresh = async () => {
      if (!enabled && !asked) return;
      const figures = await fetchFigures(publishedAt);
      if (!figures?.now || ctx.isInvalid || (!enabled && !asked)) return;
      annotator ??= createAnnotator(document.body, document.documentElement.lang, watch);
      annotator.update({ now: figures.now, ...(figures.then && { then: figures.then }) });
    };

    const stop = () => {
      annotator?.remove();
      annotator = null;
    };

    // Turning the site off in options takes every chip away at once, and on brings them back.
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      const change = changes[SETTINGS_KEY];
      if (area !== 'sync' || !change) return;
      enabled = !isSiteDisabled(change.newValue, location.hostname);
      if (enabled || asked) void refresh();
      else stop();
    };
    browser.storage.onChanged.addListener(onChanged);

    // Only our own pages (the popup) may ask; a web page cannot reach this listener at all.
    const router = createRouter(
      [
        route(annotateThisPage, 'extension-page', async () => {
          asked = true;
          await refresh();
          return { found: annotator?.count ?? 0 };
        }),
      ],
      { id: browser.runtime.id, origin: new URL(browser.runtime.getURL('/')).origin },
    );
    // Answered through `sendResponse`: a promise returned from the listener is not honoured by
    // every Chrome still in use, and this script runs without the polyfill.
    const onMessage = (message: unknown, sender: { id?: string; url?: string }, respond: (answer?: unknown) => void) => {
      const answer = router(message, sender);
      if (!answer) return undefined;
      answer.then(respond, () => respond());
      return true;
    };
    browser.runtime.onMessage.addListener(onMessage);

    // A single-page site moving to another article: its date is the new article's.
    ctx.addEventListener(window, 'wxt:locationchange', () => {
      publishedAt = readPublishedAt(document, Date.now());
      void refresh();
    });
    ctx.onInvalidated(() => {
      browser.storage.onChanged.removeListener(onChanged);
      browser.runtime.onMessage.removeListener(onMessage);
      stop();
    });
    await refresh();
    // Keep chips live while the article is open; a hidden tab does no work.
    ctx.setInterval(() => {
      if (document.visibilityState === 'visible') void refresh();
    }, MINUTE);
  },
});

/** Ask the background for figures; `sendMessage` validates the answer. */
async function fetchFigures(publishedAt: number | undefined) {
  try {
    return await sendMessage(getArticleFigures, publishedAt === undefined ? {} : { publishedAt });
  } catch {
    // The extension was reloaded, the worker is starting, or the answer was invalid: the next
    // tick tries again, and the page is left as it is meanwhile.
    return null;
  }
}
