import { z } from 'zod/mini';
import type { PageText } from '../annotate/read-texts';
import { ClaimSchema, ComparisonSchema, ContextTextSchema, FoundSchema } from '../annotate/schemas';
import { MAJOR_ASSETS } from '../assets';
import { finite } from '../finite';
import { PollStatusSchema } from '../market/snapshot';
import { SymbolSchema } from '../watchlist/symbol';
import { defineMessage } from './message';
import { LANG_MAX, READ_BATCH, READ_TEXT_MAX, REFRESH_MAX } from './read-limits';

/** `lookUpSymbol`: what a user may type into the field, with room for spaces and a `$`. */
const SYMBOL_INPUT_MAX = 64;
/** `addLevelAlert`: a price as typed, with room for separators and a `$`. */
const PRICE_INPUT_MAX = 64;
/** `removeLevelAlert`: a level's id, `<asset>-<price>-<ms>`, with room to spare. */
const LEVEL_ID_MAX = 128;

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
  z.object({ ready: z.boolean(), found: z.array(z.nullable(z.array(FoundSchema))) }),
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

/** Options page → background: forget every figure marked "Not a market figure". */
export const clearDismissedFigures = /* @__PURE__ */ defineMessage(
  'clearDismissedFigures',
  z.undefined(),
  z.undefined(),
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

/** What a level-alert change answers: nothing when done, or why it could not be. */
const LevelAnswer = z.object({ error: z.optional(z.string()) });

/**
 * Content script → background: "alert me at this level" from a support or resistance chip. The
 * background keeps the sending page's address (from the browser, not the message) with the
 * alert, on this machine only, so its notification opens the article.
 */
export const watchLevel = /* @__PURE__ */ defineMessage(
  'watchLevel',
  z.object({ asset: z.string(), price: finite.check(z.positive()) }),
  LevelAnswer,
);

/**
 * Options page → background: a price-level alert as the user typed it. The background owns the
 * list: it reads the live price for the direction, and makes every change to the list in turn
 * with the poll's and the chips', so none overwrites another.
 */
export const addLevelAlert = /* @__PURE__ */ defineMessage(
  'addLevelAlert',
  z.object({ asset: z.enum(MAJOR_ASSETS), price: z.string().check(z.maxLength(PRICE_INPUT_MAX)) }),
  LevelAnswer,
);

/** Options page → background: remove a price-level alert. */
export const removeLevelAlert = /* @__PURE__ */ defineMessage(
  'removeLevelAlert',
  z.object({ id: z.string().check(z.maxLength(LEVEL_ID_MAX)) }),
  LevelAnswer,
);

/**
 * Options page → background: does a venue list this symbol against the dollar? The background
 * asks Binance, then Coinbase, and remembers the answer for the poll. `symbol` is the input read
 * as a symbol, when it is one.
 */
export const lookUpSymbol = /* @__PURE__ */ defineMessage(
  'lookUpSymbol',
  z.object({ input: z.string().check(z.maxLength(SYMBOL_INPUT_MAX)) }),
  z.object({ symbol: z.optional(SymbolSchema), listed: z.boolean(), message: z.string() }),
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

/**
 * Background → every tab's article script: the settings changed, so ask again whether this site
 * is on and for fresh figures. Told rather than watched, so the script never touches
 * `storage`, whose API costs every page it loads in about 0.4 ms to set up.
 */
export const settingsChanged = /* @__PURE__ */ defineMessage('settingsChanged', z.undefined(), z.undefined());
