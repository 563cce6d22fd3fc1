import { z } from 'zod/mini';
import type { PageText } from '../annotate/read-texts';
import { ClaimChipSchema, ClaimSchema, ComparisonSchema, ContextTextSchema } from '../annotate/schemas';
import { finite } from '../finite';
import { LevelAnswer } from './extension-page-messages';
import { defineMessage } from './message';
import { LANG_MAX, READ_BATCH, READ_TEXT_MAX, REFRESH_MAX } from './read-limits';

/** `watchLevel`: an asset as a chip names it, a ticker; no page text rides along. */
const ASSET_MAX = 16;

/**
 * The article script's messages, to and from the background. The extension's own pages send
 * theirs from `extension-page-messages.ts`, so none of them loads the article parser's schemas.
 */

/** A run of page text and what the page says around it, as the content script sends it. */
const PageTextSchema: z.ZodMiniType<PageText> = z.object({
  text: z.string().check(z.maxLength(READ_TEXT_MAX)),
  heading: z.optional(ContextTextSchema),
  before: z.optional(ContextTextSchema),
  entryAge: z.optional(finite.check(z.nonnegative())),
});

/**
 * Content script → background: the claims in runs of the page's text (paragraphs that hold a
 * dollar sign or a percentage), each with its chip, and with what surrounds each run (the headline,
 * the heading over it, the end of the block before it). The background parses, so the page's
 * thread does not; the text is read there and dropped, never stored or sent on. A run the page's
 * reading budget does not cover is answered null, to be sent again later. Not `ready` until the
 * first poll has market figures to compare with.
 */
export const readClaims = /* @__PURE__ */ defineMessage(
  'readClaims',
  z.object({
    texts: z.array(PageTextSchema).check(z.maxLength(READ_BATCH)),
    lang: z.string().check(z.maxLength(LANG_MAX)),
    title: z.optional(ContextTextSchema),
    publishedAt: z.optional(finite),
  }),
  z.object({ ready: z.boolean(), found: z.array(z.nullable(z.array(ClaimChipSchema))) }),
);

/**
 * Content script → background: the reader marked a chip "Not a market figure". The background
 * keeps its reading against the sending page's address (from the browser, not the message), on
 * this machine only, and reads that page without it from then on.
 */
export const dismissFigure = /* @__PURE__ */ defineMessage(
  'dismissFigure',
  z.object({ claim: ClaimSchema }),
  z.object({ error: z.optional(z.string()) }),
);

/**
 * Content script → background, each minute: whether chips are on for the sending page's site, and
 * fresh comparisons for the claims its chips show, in the same order.
 */
export const refreshChips = /* @__PURE__ */ defineMessage(
  'refreshChips',
  z.object({ claims: z.array(ClaimSchema).check(z.maxLength(REFRESH_MAX)), publishedAt: z.optional(finite) }),
  z.object({ enabled: z.boolean(), ready: z.boolean(), comparisons: z.array(z.nullable(ComparisonSchema)) }),
);

/**
 * Content script → background: "alert me at this level" from a support or resistance chip. The
 * background keeps the sending page's address (from the browser, not the message) with the
 * alert, on this machine only, so its notification opens the article.
 */
export const watchLevel = /* @__PURE__ */ defineMessage(
  'watchLevel',
  z.object({ asset: z.string().check(z.maxLength(ASSET_MAX)), price: finite.check(z.positive()) }),
  LevelAnswer,
);

/**
 * Background → every tab's article script: the settings changed, so ask again whether this site
 * is on and for fresh figures. Told rather than watched, so the script never touches
 * `storage`, whose API costs every page it loads in about 0.4 ms to set up.
 */
export const settingsChanged = /* @__PURE__ */ defineMessage('settingsChanged', z.undefined(), z.undefined());
