import { z } from 'zod/mini';
import { finite } from '../finite';
import { MarketFiguresSchema } from '../market/article-figures';
import { PollStatusSchema } from '../market/snapshot';
import { defineMessage } from './message';

/**
 * Content script → background: whether chips are on for the sending page's site, and the figures
 * an article's claims are compared with, now and, when the page says when it was published, at
 * that moment. Nothing about the page is sent but that time; the claims stay in the page.
 */
export const getArticleFigures = /* @__PURE__ */ defineMessage(
  'getArticleFigures',
  z.object({ publishedAt: z.optional(finite) }),
  z.object({
    enabled: z.boolean(),
    now: z.nullable(MarketFiguresSchema),
    atPublication: z.optional(MarketFiguresSchema),
  }),
);

/**
 * Content script → background: "alert me at this level" from a support or resistance chip. The
 * background keeps the sending page's address (from the browser, not the message) with the
 * alert, on this machine only, so its notification opens the article.
 */
export const watchLevel = /* @__PURE__ */ defineMessage(
  'watchLevel',
  z.object({ asset: z.string(), price: finite.check(z.positive()) }),
  z.object({ error: z.optional(z.string()) }),
);

/** Popup → background: poll now rather than at the next alarm. */
export const refreshNow = /* @__PURE__ */ defineMessage('refreshNow', z.undefined(), PollStatusSchema);

/**
 * Popup → a tab's content script: annotate this page now, whatever the site's setting. It answers
 * once its walk over the page is done: how many chips it placed, and whether it had market
 * figures to compare with at all.
 */
export const annotateThisPage = /* @__PURE__ */ defineMessage(
  'annotateThisPage',
  z.undefined(),
  z.object({ found: z.number(), marketReady: z.boolean() }),
);
