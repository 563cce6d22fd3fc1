/**
 * How much one article message may carry. Shared by the schemas and the content script, which
 * lives without zod and keeps within them rather than have a message refused.
 */
/** `readClaims`: at most this many runs of text, each at most this long, and a `lang` this long. */
export const READ_BATCH = 100;
export const READ_TEXT_MAX = 20_000;
export const LANG_MAX = 64;
/** `refreshChips`: at most this many distinct claims. */
export const REFRESH_MAX = 10_000;
