import { CONTEXT_MAX, UNDATED } from '@/lib/annotate/article-context';
import type { PageText } from '@/lib/annotate/read-texts';

/**
 * What the page says around a run of text, for the background's reader: the heading over it (a
 * list under "Solana (SOL)" is about Solana), the end of the block before it ("It fell 3%" after a
 * paragraph about bitcoin), and, in a live blog, how old its entry is. Found by looking a few
 * siblings back, never by walking the page.
 */
const HEADING = /^H[1-6]$/;
const CELL = /^T[DH]$/;
/** How many siblings back, at each of how many levels, the heading and the block before are looked for. */
const SIBLINGS_BACK = 8;
const LEVELS_UP = 2;
/** Past this many child elements a sibling is a container, whose text is not worth reading. */
const CONTAINER = 32;

/** What sits between paragraphs and is none of the article's text: ads, photos, embeds, hidden parts. */
const FURNITURE = 'figure,aside,iframe,script,style,template,[hidden],[aria-hidden="true"]';
/** Shorter than this, a sibling is a label or an ad's "Advertisement", not the block before. */
const TEXT_MIN = 24;

const tail = (text: string | null) => (text ?? '').slice(-CONTEXT_MAX);
const readable = (element: Element) => element.childElementCount <= CONTAINER && !element.matches(FURNITURE);

export type RunContext = Omit<PageText, 'text'>;

/** The heading over `block` and the end of the text block before it, looking a few siblings back at two levels. */
export function contextOf(block: Element): RunContext {
  let heading: string | undefined;
  // A table cell's neighbour is another column ("BTC" beside "-2.9%"), not the text before it.
  let before: string | undefined = CELL.test(block.tagName) ? '' : undefined;
  let node: Element | null = block;
  for (let level = 0; level < LEVELS_UP && node && heading === undefined; level++) {
    let sibling = node.previousElementSibling;
    for (let i = 0; i < SIBLINGS_BACK && sibling; i++, sibling = sibling.previousElementSibling) {
      if (!readable(sibling)) continue;
      const text = sibling.textContent ?? '';
      const isHeading = HEADING.test(sibling.tagName);
      if (before === undefined && (isHeading || text.trim().length >= TEXT_MIN)) before = tail(text);
      if (isHeading) {
        heading = tail(text);
        break;
      }
    }
    node = node.parentElement;
  }
  return { ...(heading && { heading }), ...(before && { before }) };
}

/** Where a page puts its own date rather than an entry's. */
const BYLINE = 'header,[itemprop="datePublished"],[class*="byline"],[class*="article-meta"]';

/** `Node.DOCUMENT_POSITION_PRECEDING`. */
const PRECEDING = 2;

/**
 * A live blog's entry stamps (`<time datetime>` in the article, in document order), or null when
 * the page has fewer than two: then it is no live blog. Live blogs put the newest entry first, so
 * an entry's age is how much newer the newest stamp above it is than its own.
 */
export function liveBlogStamps(scope: ParentNode) {
  const times: Element[] = [];
  const newestAbove: number[] = [];
  const at: number[] = [];
  let newest = Number.NEGATIVE_INFINITY;
  for (const time of scope.querySelectorAll('time[datetime]')) {
    // A byline's date dates the page, not an entry.
    if (time.closest(BYLINE)) continue;
    const ms = Date.parse(time.getAttribute('datetime') ?? '');
    if (!Number.isFinite(ms)) continue;
    newest = Math.max(newest, ms);
    times.push(time);
    at.push(ms);
    newestAbove.push(newest);
  }
  if (new Set(at).size < 2) return null;
  /** How much older the entry holding `block` is than the newest above it, in ms; `UNDATED` above every stamp. */
  return (block: Element): number | undefined => {
    // The headline sums up the page: it is of no one entry.
    if (block.tagName === 'H1') return undefined;
    let low = 0;
    let high = times.length;
    // The last stamp that comes before the block.
    while (low < high) {
      const middle = (low + high) >>> 1;
      const time = times[middle] as Element;
      if (time === block || time.compareDocumentPosition(block) & PRECEDING) high = middle;
      else low = middle + 1;
    }
    const i = low - 1;
    return i < 0 ? UNDATED : (newestAbove[i] as number) - (at[i] as number);
  };
}
