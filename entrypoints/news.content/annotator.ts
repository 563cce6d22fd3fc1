import type { Claim } from '@/lib/annotate/claim';
import { findClaims } from '@/lib/annotate/claims';
import { answerable, compare } from '@/lib/annotate/compare';
import { numberStyle } from '@/lib/annotate/figures';
import type { MarketFigures } from '@/lib/market/article-figures';
import { type Chip, createChip, type WatchLevel } from './chip';
import { locate, type TextRun, textRunWalker } from './text-runs';

export interface ArticleFigures {
  now: MarketFigures;
  atPublication?: MarketFigures;
}

interface Placed {
  claim: Claim;
  chip: Chip;
  /** The text node split to make room, and the part split off; merged back on removal. */
  node: Text;
  split?: Text;
}

/** Work in slices this long, so the page stays responsive however big it is. */
const SLICE_MS = 8;
/** More queued changes than this, and one walk over the page is cheaper than sorting them out. */
const RESCAN_ABOVE = 1000;

const idle = (callback: () => void) =>
  typeof requestIdleCallback === 'function'
    ? requestIdleCallback(callback, { timeout: 500 })
    : setTimeout(callback, 50);

/**
 * Where the article is. A page with `<article>` elements is annotated only inside them, not in its
 * price tickers, menus and footers; else inside `<main>`; else everywhere.
 */
const SCOPES = ['article', 'main'];

/** The parts of `node` inside the article: itself, or the articles it holds. */
function inScope(node: Node, scope: string | undefined): Node[] {
  const element = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  if (!scope) return [node];
  if (!element) return [];
  return element.closest(scope) ? [node] : [...element.querySelectorAll(scope)];
}

function isOurs(node: Node): boolean {
  const element = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  return !!element?.closest('[data-undertow-chip]');
}

/**
 * Chips for every claim in a page, kept up to date as the page changes. Text is read first and the
 * DOM touched once per claim. Changes the page makes are queued by one MutationObserver whose
 * callback only collects nodes; they are walked in idle time, in slices, never in the callback.
 * Our own insertions are taken out of the observer's records so they never come back as work.
 */
export function createAnnotator(root: Element, lang: string, watchLevel: WatchLevel) {
  const placed: Placed[] = [];
  /** Blocks annotated already: a page that keeps changing one (a live ticker) gets no new chips. */
  let done = new WeakSet<Element>();
  let walking = new Set<Element>();
  let figures: ArticleFigures | null = null;
  let pending: Node[] = [];
  let walker: ReturnType<typeof textRunWalker> | null = null;
  let scheduled = false;
  /** Callers waiting for the walk to finish. */
  const waiting: (() => void)[] = [];

  const place = (run: TextRun) => {
    if (!figures || (done.has(run.block) && !walking.has(run.block))) return;
    walking.add(run.block);
    done.add(run.block);
    // Back to front, so splitting a node never moves the offsets of claims still to place.
    for (const claim of findClaims(run.text, { numberStyle: numberStyle(run.text, lang) }).reverse()) {
      const at = locate(run, claim.end);
      if (!at || !answerable(claim, figures.now)) continue;
      const chip = createChip(compare(claim, figures.now, figures.atPublication), watchLevel);
      // A figure that ends its node (`<strong>$67,490</strong>`) needs no split at all.
      const split = at.offset < at.node.length ? at.node.splitText(at.offset) : undefined;
      at.node.after(chip.host);
      placed.push({ claim, chip, node: at.node, ...(split && { split }) });
    }
  };

  /** Collapse the queue to its outermost nodes: a node inside a queued one is walked with it. */
  const scope = SCOPES.find((selector) => root.querySelector(selector));
  const roots = (nodes: Node[]): Node[] => {
    const queued = new Set(nodes);
    return nodes
      .filter((node) => {
        for (let up = node.parentNode; up; up = up.parentNode) if (queued.has(up)) return false;
        return node.isConnected && !isOurs(node);
      })
      .flatMap((node) => inScope(node, scope));
  };

  const work = () => {
    scheduled = false;
    const deadline = performance.now() + SLICE_MS;
    const queue = roots(pending.splice(0));
    while (performance.now() < deadline) {
      if (!walker) {
        const next = queue.shift();
        if (!next) break;
        walking = new Set();
        walker = textRunWalker(next, place);
      }
      if (!walker.step(deadline)) walker = null;
    }
    pending.unshift(...queue);
    // Our own chips and splits are not the page changing.
    observer.takeRecords();
    if (walker || pending.length > 0) schedule();
    else for (const resolve of waiting.splice(0)) resolve();
  };

  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    idle(work);
  };

  const observer = new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) pending.push(node);
    if (pending.length > RESCAN_ABOVE) pending = [root];
    if (figures && pending.length > 0) schedule();
  });

  return {
    get count() {
      return placed.filter(({ chip }) => chip.host.isConnected && !chip.host.hidden).length;
    },
    /** Chips placed but waiting for their figure (liquidations before the streams report). */
    get awaiting() {
      return placed.filter(({ chip }) => chip.host.isConnected && chip.host.hidden).length;
    },
    /** Resolves when nothing is left to walk: every chip the page has now is placed. */
    settled(): Promise<void> {
      if (!scheduled && !walker && pending.length === 0) return Promise.resolve();
      return new Promise((resolve) => waiting.push(resolve));
    },
    /** New figures: the first set starts the walk, later ones refresh every chip's text. */
    update(next: ArticleFigures) {
      const first = !figures;
      figures = next;
      if (first) {
        pending.push(root);
        observer.observe(root, { childList: true, subtree: true });
        schedule();
        return;
      }
      for (const entry of placed) entry.chip.update(compare(entry.claim, next.now, next.atPublication));
    },
    /** Take every chip away and leave the page's text as it was. */
    remove() {
      observer.disconnect();
      // Last placed first: a node split twice is mended in the order it was split.
      for (const { chip, node, split } of placed.splice(0).reverse()) {
        chip.host.remove();
        if (split) {
          node.appendData(split.data);
          split.remove();
        }
      }
      figures = null;
      walker = null;
      pending = [];
      for (const resolve of waiting.splice(0)) resolve();
      done = new WeakSet();
    },
  };
}

export type Annotator = ReturnType<typeof createAnnotator>;
