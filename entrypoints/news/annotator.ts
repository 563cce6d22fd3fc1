import type { Claim } from '@/lib/annotate/claim';
import type { Comparison } from '@/lib/annotate/compare';
import { CHIP_ATTRIBUTE } from './chip';
import { createChipPlacer, type PageActions } from './chip-placer';
import { createReadQueue, type ReadClaims } from './read-queue';
import { ELEMENT_NODE, type TextRun } from './text-runs';

/** Work in slices this long, so the page stays responsive however big it is. */
const SLICE_MS = 8;
/** Additions noted between two slices; past this many the article's blocks are simply looked up afresh. */
const ADDED_MAX = 256;

const idle = (callback: () => void) =>
  typeof requestIdleCallback === 'function'
    ? requestIdleCallback(callback, { timeout: 500 })
    : setTimeout(callback, 50);

/**
 * Where the article is. A page with `<article>` elements is annotated only inside them, not in its
 * price tickers, menus and footers; else inside `<main>`; else everywhere.
 */
const SCOPES = ['article', 'main'];

const element = (node: Node) => (node.nodeType === ELEMENT_NODE ? (node as Element) : node.parentElement);

/**
 * Chips for the claims of a page, placed as the reader gets near them and kept as the page
 * changes, until `life` aborts or `remove()`. The page's thread does little: the read queue finds
 * the article's blocks near the viewport (one query, then a binary search on their positions) and
 * sends those with a `$` or `%` to the background, which parses them; the placer puts the chips it
 * answers with in place, in idle-time slices, after checking the text has not changed meanwhile.
 * Scrolling reads further. One MutationObserver only notes what the page adds; whether an addition
 * is in the article is asked in the idle work, and our own insertions are taken out of its
 * records so they never come back as work.
 */
export function createAnnotator(root: Element, read: ReadClaims, actions: PageActions, life: AbortSignal) {
  const stopped = new AbortController();
  const signal = stopped.signal;
  life.addEventListener('abort', () => stopped.abort(), { signal });
  const scope = SCOPES.find((selector) => root.querySelector(selector));
  const chips = createChipPlacer(actions);
  const reads = createReadQueue(root, scope, read, () => schedule(), signal);
  /** Whether the viewport may show blocks not read yet. */
  let look = false;
  let scheduled = false;
  /** What the page added since the last slice; `true` once that was more than worth sorting. */
  let added: Node[] | true = [];
  /** Callers waiting for the work in view to finish. */
  const waiting: (() => void)[] = [];

  const busy = () => scheduled || look || reads.pending;
  const settle = () => {
    for (const resolve of waiting.splice(0)) resolve();
  };

  // Only additions inside the article (a live blog's new post) can bring new figures.
  const inArticle = (node: Node) => {
    const at = element(node);
    if (!at?.isConnected || at.closest(`[${CHIP_ATTRIBUTE}]`)) return false;
    return !scope || at.closest(scope) !== null || at.querySelector(scope) !== null;
  };
  const articleGrew = () => {
    const grew = added === true || added.some(inArticle);
    added = [];
    return grew;
  };

  const placeAnswer = () => {
    const answer = reads.nextAnswer();
    if (answer && answer.found.length > 0 && !chips.place(answer.run, answer.found)) reads.changed(answer.run);
    return answer !== undefined;
  };

  const work = () => {
    scheduled = false;
    if (signal.aborted) return;
    const deadline = performance.now() + SLICE_MS;
    if (articleGrew()) {
      reads.pageChanged();
      look = true;
    }
    if (look) {
      look = false;
      reads.lookAround();
    }
    const runs: TextRun[] = [];
    while (performance.now() < deadline) {
      if (placeAnswer()) continue;
      const next = reads.nextRuns();
      if (!next) break;
      runs.push(...next);
    }
    reads.send(runs);
    // Our own chips and splits are not the page changing.
    observer.takeRecords();
    if (reads.ready) schedule();
    else if (!busy()) settle();
  };

  function schedule() {
    if (scheduled || signal.aborted) return;
    scheduled = true;
    idle(work);
  }

  const onViewportChange = () => {
    look = true;
    schedule();
  };

  const observer = new MutationObserver((records) => {
    for (const record of records) {
      if (added === true) break;
      for (const node of record.addedNodes) added.push(node);
      if (added.length > ADDED_MAX) added = true;
    }
    schedule();
  });

  /** The pointer or focus reached a chip: its card opens. */
  const onReach = (event: Event) => chips.chipAt(event.target)?.open();

  let started = false;
  const listen = () => {
    started = true;
    observer.observe(root, { childList: true, subtree: true });
    // Capture: a page that scrolls inside a container scrolls no window, and one that stops
    // events on their way up does not keep our cards shut.
    const early = { capture: true, passive: true, signal };
    document.addEventListener('scroll', onViewportChange, early);
    document.addEventListener('mouseover', onReach, early);
    document.addEventListener('focusin', onReach, early);
    window.addEventListener('resize', onViewportChange, { passive: true, signal });
  };

  signal.addEventListener('abort', () => {
    observer.disconnect();
    chips.removeAll();
    settle();
  });

  return {
    get count() {
      return chips.count;
    },
    get awaiting() {
      return chips.awaiting;
    },
    /** Resolves when the work in view is done: every chip near the viewport is placed. */
    settled(): Promise<void> {
      if (!busy()) return Promise.resolve();
      return new Promise((resolve) => waiting.push(resolve));
    },
    /** Start annotating, or, once started, look again for what could not be read before. */
    start() {
      if (signal.aborted) return;
      if (!started) listen();
      onViewportChange();
    },
    claims: (): Claim[] => chips.claims(),
    show: (claims: readonly Claim[], comparisons: readonly (Comparison | null)[]) => chips.show(claims, comparisons),
    /** Take every chip away, leave the page's text as it was, and stop. */
    remove: () => stopped.abort(),
  };
}

export type Annotator = ReturnType<typeof createAnnotator>;
