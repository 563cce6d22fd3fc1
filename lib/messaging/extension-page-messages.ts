import { z } from 'zod/mini';
import { MAJOR_ASSETS } from '../assets';
import { PollStatusSchema } from '../market/snapshot';
import { SettingsSchema } from '../settings/settings';
import { SymbolSchema } from '../watchlist/symbol';
import { defineMessage } from './message';

/**
 * The messages the extension's own pages send (the popup and the options page), apart from those
 * of the article script: a page loads only these, and none of the article parser's schemas.
 */

/** What a level-alert change answers: nothing when done, or why it could not be. */
export const LevelAnswer = z.object({ error: z.optional(z.string()) });

/** `lookUpSymbol`: what a user may type into the field, with room for spaces and a `$`. */
const SYMBOL_INPUT_MAX = 64;
/** `addLevelAlert`: a price as typed, with room for separators and a `$`. */
const PRICE_INPUT_MAX = 64;
/** `removeLevelAlert`: a level's id, `<asset>-<price>-<ms>`, with room to spare. */
const LEVEL_ID_MAX = 128;

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

/**
 * Options page or popup → background: the settings as the page read them and as the user left
 * them. The background makes those changes, and only those, to the settings stored when its turn
 * comes (`lib/settings/settings-change.ts`), so a change made elsewhere meanwhile stays. It answers with the
 * settings now stored, or why nothing was saved.
 */
export const changeSettings = /* @__PURE__ */ defineMessage(
  'changeSettings',
  z.object({ before: SettingsSchema, after: SettingsSchema }),
  z.object({ settings: z.optional(SettingsSchema), errors: z.optional(z.array(z.string())) }),
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

/** Options page → background: forget every figure marked "Not a market figure". */
export const clearDismissedFigures = /* @__PURE__ */ defineMessage(
  'clearDismissedFigures',
  z.undefined(),
  z.undefined(),
);
