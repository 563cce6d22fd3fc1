import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import type { Claim } from '@/lib/annotate/claim';
import type { PageText } from '@/lib/annotate/read-texts';
import { askBackground } from '@/lib/messaging/message';
import type { readClaims, refreshChips } from '@/lib/messaging/messages';
import { LANG_MAX, REFRESH_MAX } from '@/lib/messaging/read-limits';
import { isExtensionPage } from '@/lib/messaging/sender';
import { createTabListener } from '@/lib/messaging/tab-listener';
import { MINUTE } from '@/lib/time';
import { type Annotator, createAnnotator } from './annotator';
import { addressCheck, after, begin, every, running } from './lifecycle';
import { askDismiss, askWatchLevel, headline } from './page-asks';
import { readPublishedAt } from './published-at';

/**
 * Chips beside every figure a news article quotes. The background decides whether the site is on,
 * reads the paragraphs this script sends it (only to the extension, never off the machine) and
 * answers with each claim's chip; this script walks the page and places them. The background
 * registers it for the news sites that are on (entrypoints/background/news-sites.ts), and the
 * popup puts it in a tab when asked.
 */
/** How soon to ask again while a chip waits for its figure. */
const SOON_MS = 10_000;
const MAX_SOON = 5;

export default defineUnlistedScript(() => {
  const life = begin();
  let annotator: Annotator | null = null;
  let publishedAt = readPublishedAt(document, Date.now());
  /** "Annotate this page" from the popup: on for this page, whatever the site's setting. */
  let asked = false;
  /** Whether an early refresh is pending, and how many were made. */
  let soon = false;
  let retries = 0;

  // A single-page site moving to another article: its date is the new article's, for the text
  // read from now on and at the next refresh.
  const followAddress = addressCheck(() => {
    publishedAt = readPublishedAt(document, Date.now());
  });

  const stop = () => {
    annotator?.remove();
    annotator = null;
  };

  const read = async (texts: PageText[]) => {
    followAddress();
    const title = headline();
    const answer = await askBackground<typeof readClaims>('readClaims', {
      texts,
      // A page's `lang` is whatever it wrote; only its first subtags matter.
      lang: document.documentElement.lang.slice(0, LANG_MAX),
      ...(title && { title }),
      ...(publishedAt !== undefined && { publishedAt }),
    });
    return answer.ready ? answer.found : null;
  };

  const annotate = () => {
    annotator ??= createAnnotator(document.body, read, { watchLevel: askWatchLevel, dismiss: askDismiss }, life);
    annotator.start();
    // A chip still waiting for its figure asks again soon, a few times, rather than at the next
    // minute; with the streams off it simply waits for the minute.
    const current = annotator;
    void current.settled().then(() => {
      if (current !== annotator || current.awaiting === 0 || soon || retries >= MAX_SOON) return;
      retries++;
      soon = true;
      after(life, SOON_MS, () => {
        soon = false;
        void refresh();
      });
    });
  };

  async function refresh() {
    followAddress();
    const claims = annotator?.claims().slice(0, REFRESH_MAX) ?? [];
    const status = await fetchStatus(claims, publishedAt);
    if (!status || !running(life)) return;
    if (!status.enabled && !asked) return stop();
    if (!status.ready) return;
    annotator?.show(claims, status.comparisons);
    annotate();
  }

  // Only our own extension (the popup, the background) can ask; a web page cannot reach this
  // listener. Its origin is looked up when a message comes, not on every page load.
  const onMessage = createTabListener(
    {
      // Turning the site off in options takes every chip away at once, and on brings them back.
      settingsChanged: () => void refresh(),
      annotateThisPage: async () => {
        asked = true;
        await refresh();
        await annotator?.settled();
        return { found: annotator?.count ?? 0, marketReady: annotator !== null };
      },
    },
    (sender) => isExtensionPage(sender, browser.runtime.id, new URL(browser.runtime.getURL('/')).origin),
  );
  browser.runtime.onMessage.addListener(onMessage);
  life.addEventListener('abort', () => {
    browser.runtime.onMessage.removeListener(onMessage);
    annotator = null;
  });
  // The background registers this script only on the sites where chips are on, and the popup puts
  // it in a page only when asked, so it reads the page at once rather than first asking whether to.
  annotate();
  // Keep chips live while the article is open; a hidden tab does no work.
  every(life, MINUTE, () => {
    if (document.visibilityState === 'visible') void refresh();
  });
});

async function fetchStatus(claims: Claim[], publishedAt: number | undefined) {
  try {
    return await askBackground<typeof refreshChips>('refreshChips', {
      claims,
      ...(publishedAt !== undefined && { publishedAt }),
    });
  } catch {
    // The extension was reloaded or the worker is starting: the next tick tries again, and the
    // page is left as it is meanwhile.
    return null;
  }
}
