/**
 * The blocks of a page near the viewport, found without looking at the rest: blocks in document
 * order stand in page order too (a parent starts no lower than its first child, and a block's
 * next sibling starts below it), so a binary search on their tops finds where the viewport
 * falls, and only the blocks from there on are measured. The cost grows with what is on screen,
 * not with the length of the page.
 */

/** How many blocks past the region to keep looking, for a float or an aside out of order. */
const SLACK = 8;
/** How far back to look for blocks that start above the region and reach into it. */
const LOOK_BACK = 24;
/** How far to step over blocks that are not rendered (no box: `display: none`). */
const UNRENDERED_RUN = 16;

const rendered = (rect: DOMRect) => rect.width > 0 || rect.height > 0;

/** The top of block `i`, or of the first rendered block after it; Infinity when there is none. */
function topFrom(blocks: ArrayLike<Element>, i: number): number {
  for (let k = i; k < Math.min(blocks.length, i + UNRENDERED_RUN); k++) {
    const rect = (blocks[k] as Element).getBoundingClientRect();
    if (rendered(rect)) return rect.top;
  }
  return Number.POSITIVE_INFINITY;
}

/** Blocks with some part between `top` and `bottom` (viewport coordinates), in document order. */
export function blocksNear(blocks: ArrayLike<Element>, top: number, bottom: number): Element[] {
  let low = 0;
  let high = blocks.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (topFrom(blocks, middle) < top) low = middle + 1;
    else high = middle;
  }
  const near: Element[] = [];
  for (let i = Math.max(0, low - LOOK_BACK); i < low; i++) {
    const rect = (blocks[i] as Element).getBoundingClientRect();
    if (rendered(rect) && rect.bottom >= top) near.push(blocks[i] as Element);
  }
  let past = 0;
  for (let i = low; i < blocks.length && past < SLACK; i++) {
    const rect = (blocks[i] as Element).getBoundingClientRect();
    if (!rendered(rect)) continue;
    if (rect.top > bottom) past++;
    else if (rect.bottom >= top) {
      past = 0;
      near.push(blocks[i] as Element);
    }
  }
  return near;
}
