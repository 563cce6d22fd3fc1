/**
 * How much page text one `readClaims` message may carry: at most this many runs, each at most this
 * long. Shared by the schema and the content script, which lives without zod.
 */
export const READ_BATCH = 100;
export const READ_TEXT_MAX = 20_000;
