/**
 * What a page sends about the text around each run it asks to have read, and the bounds on it.
 * Kept apart from the reader so the content script, which fills it in, loads none of the reader.
 */
export interface ArticleContext {
  /** The article's headline. */
  title?: string;
  /** The heading over this block, when it has one. */
  heading?: string;
  /** The end of the block before this one. */
  before?: string;
  /**
   * In a live blog, how much older (ms) the entry holding this block is than the newest entry on
   * the page: an entry from hours ago quotes the market of hours ago. `UNDATED` for a block above
   * every entry, whose time cannot be told.
   */
  entryAge?: number;
}

/** The entry age of a live blog's block above every entry ("key points", the opening lines). */
export const UNDATED = Number.MAX_SAFE_INTEGER;

/** How much of a context string is read: a headline, a heading, the end of a paragraph. */
export const CONTEXT_MAX = 400;
