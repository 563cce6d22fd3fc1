import { blocksNear } from '@/entrypoints/news/blocks-near';
import type { Claim } from '@/lib/annotate/claim';
import type { Comparison } from '@/lib/annotate/compare';
import type { Found, PageText } from '@/lib/annotate/read-texts';
import { READ_BATCH, READ_TEXT_MAX } from '@/lib/messaging/read-limits';
import { CHIP_ATTRIBUTE, type Chip, createChip, type WatchLevel } from './chip';
import { contextOf, liveBlogStamps, type RunContext } from './context';
import { blocksIn, ELEMENT_NODE, intact, locate, runsOf, skipped, type TextRun } from './text-runs';

/**
 * Reads runs of the page's text and answers each one's claims with their chips, in order; null
 * when there is nothing to compare with yet or the background cannot be reached.
 */
export type ReadClaims = (texts: PageText[]) => Promise<(Found[] | null)[] | null>;

/** Asks the background to mark a reading "Not a market figure" on this page; resolves to an error, or nothing. */
export type DismissFigure = (claim: Claim) => Promise<string | undefined>;

interface Placed {
  claim: Claim;
  key: string;
  chip: Chip;
  /** The text node split to make room, and the part split off; merged back on removal. */
  node: Text;
  split?: Text;
}

interface Arrival {
  runs: TextRun[];
  found: Found[][];
}

interface PageActions {
  watchLevel: WatchLevel;
  dismiss: DismissFigure;
}

/** Work in slices this long, so the page stays responsive however big it is. */
const SLICE_MS = 8;
/** How soon text the background left for later is sent again. */
const RETRY_MS = 1_000;
const MAX_RETRIES = 3;
/** How far beyond the viewport, in viewports, text is read ahead, so chips are there before the reader. */
const READ_AHEAD = 1;

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

/** Take a chip away and mend the text node it split. */
function unplace({ chip, node, split }: Placed): void {
  chip.host.remove();
  if (split) {
    node.appendData(split.data);
    split.remove();
  }
}

/** Claims that read the same get the same comparison: asked for once. */
const keyOf = (claim: Claim) =>
  `${claim.kind}|${claim.asset}|${claim.value}|${claim.unit}|${claim.window ?? ''}|${claim.side ?? ''}`;

/**
 * Chips for the claims of a page, placed as the reader gets near them and kept as the page
 * changes. The page's thread does little: it finds the article's blocks near the viewport (one
 * query, then a binary search on their positions), sends those with a `$` or `%` to the
 * background, which parses them, and places the chips it answers with, in idle-time slices,
 * after checking the text has not changed meanwhile. Scrolling reads further. Changes the page
 * makes are noted by one MutationObserver whose callback only marks the blocks stale; our own
 * insertions are taken out of its records so they never come back as work.
 */
export function createAnnotator(root: Element, read: ReadClaims, actions: PageActions) {
  const placed: Placed[] = [];
  /** Each chip by its host: events from inside a chip reach the page with the host as target. */
  const chips = new WeakMap<EventTarget, Chip>();
  /** Blocks read already: a page that keeps changing one (a live ticker) gets no new chips. */
  let done = new WeakSet<Element>();
  /** Blocks whose text changed while it was being read, read a second time (only once). */
  let reread = new WeakSet<Element>();
  const scope = SCOPES.find((selector) => root.querySelector(selector));
  /** The article's blocks in document order; null when the page has changed since. */
  let blocks: ArrayLike<Element> | null = null;
  /** Whether the viewport may show blocks not read yet. */
  let look = false;
  let queue: Element[] = [];
  let arrivals: Arrival[] = [];
  let inFlight = 0;
  let started = false;
  let scheduled = false;
  /** Callers waiting for the work in view to finish. */
  const waiting: (() => void)[] = [];

  /** A live blog's entry ages, looked up once per page (and again when the page changes). */
  let entryAge: ((block: Element) => number | undefined) | null | undefined;
  /** What surrounds each block, read once for all its runs. */
  const contexts = new WeakMap<Element, RunContext>();
  const textOf = (run: TextRun): PageText => {
    let context = contexts.get(run.block);
    if (!context) {
      entryAge ??= liveBlogStamps(scope ? (root.querySelector(scope) ?? root) : root);
      const age = entryAge?.(run.block);
      context = { ...contextOf(run.block), ...(age !== undefined && { entryAge: age }) };
      contexts.set(run.block, context);
    }
    return { text: run.text, ...context };
  };

  /**
   * Send runs to be read, a batch at a time. A batch that is not read, and a run the background's
   * budget left for later, is read again the next time the reader scrolls or the chips refresh.
   */
  const send = (runs: TextRun[]) => {
    for (let from = 0; from < runs.length; from += READ_BATCH) {
      const batch = runs.slice(from, from + READ_BATCH);
      inFlight++;
      read(batch.map(textOf))
        .catch(() => null)
        .then((found) => {
          inFlight--;
          if (!started) return;
          const answered = found?.length === batch.length ? found : null;
          const read: Arrival = { runs: [], found: [] };
          const later: Element[] = [];
          batch.forEach((run, i) => {
            const claims = answered?.[i];
            if (claims) {
              read.runs.push(run);
              read.found.push(claims);
            } else {
              done.delete(run.block);
              // The background read its budget's worth: the rest is asked for again in a moment.
              if (answered) later.push(run.block);
            }
          });
          if (read.runs.length > 0) arrivals.push(read);
          if (later.length > 0) retry(later);
          schedule();
        });
    }
  };

  /** How often each block was left for later: past a few times it waits for the reader to scroll. */
  const retries = new WeakMap<Element, number>();
  /** Ask again for blocks the background left for later, a moment from now. */
  const retry = (blocks: Element[]) => {
    setTimeout(() => {
      if (!started) return;
      for (const block of blocks) {
        const count = (retries.get(block) ?? 0) + 1;
        retries.set(block, count);
        if (count > MAX_RETRIES || done.has(block) || !block.isConnected) continue;
        done.add(block);
        queue.push(block);
      }
      schedule();
    }, RETRY_MS);
  };

  /** Every chip showing this reading goes: the reader said it is not a market figure. */
  const drop = (key: string) => {
    for (let i = placed.length - 1; i >= 0; i--) {
      const entry = placed[i] as Placed;
      if (entry.key !== key) continue;
      placed.splice(i, 1);
      unplace(entry);
    }
  };

  const place = (run: TextRun, found: Found[]) => {
    if (!intact(run)) {
      // The page changed the text while it was away being read: read it again, once.
      if (!reread.has(run.block) && run.block.isConnected) {
        reread.add(run.block);
        queue.push(run.block);
      }
      return;
    }
    // Back to front, so splitting a node never moves the offsets of claims still to place.
    for (const { claim, comparison } of [...found].sort((a, b) => b.claim.end - a.claim.end)) {
      const at = locate(run, claim.end);
      if (!at) continue;
      const key = keyOf(claim);
      const chip = createChip(comparison ?? undefined, {
        watchLevel: actions.watchLevel,
        dismiss: async () => {
          const error = await actions.dismiss(claim);
          if (!error) drop(key);
          return error;
        },
      });
      // A figure that ends its node (`<strong>$67,490</strong>`) needs no split at all.
      const split = at.offset < at.node.length ? at.node.splitText(at.offset) : undefined;
      at.node.after(chip.host);
      chips.set(chip.host, chip);
      placed.push({ claim, key, chip, node: at.node, ...(split && { split }) });
    }
  };

  /** Queue the blocks near the viewport not read yet. */
  const lookAround = () => {
    look = false;
    blocks ??= blocksIn(root, scope);
    const ahead = window.innerHeight * READ_AHEAD;
    // Without an article, text right in `root` (a bare page's body) is read as well.
    const near = blocksNear(blocks, -ahead, window.innerHeight + ahead);
    for (const block of scope ? near : [root, ...near]) {
      if (done.has(block)) continue;
      done.add(block);
      queue.push(block);
    }
  };

  const busy = () => scheduled || look || queue.length > 0 || arrivals.length > 0 || inFlight > 0;

  const work = () => {
    scheduled = false;
    if (!started) return;
    const deadline = performance.now() + SLICE_MS;
    const runs: TextRun[] = [];
    if (look) lookAround();
    while (performance.now() < deadline) {
      const arrival = arrivals[0];
      if (arrival) {
        const run = arrival.runs.shift();
        const found = arrival.found.shift();
        if (run && found && found.length > 0) place(run, found);
        if (arrival.runs.length === 0) arrivals.shift();
        continue;
      }
      const block = queue.shift();
      if (!block) break;
      if (!block.isConnected) continue;
      const found = runsOf(block).filter((run) => run.text.length <= READ_TEXT_MAX);
      // Whether the block sits in code or an editor is asked only of blocks with a figure.
      if (found.length > 0 && !skipped(block)) runs.push(...found);
    }
    send(runs);
    // Our own chips and splits are not the page changing.
    observer.takeRecords();
    if (queue.length > 0 || arrivals.length > 0) schedule();
    else if (!busy()) for (const resolve of waiting.splice(0)) resolve();
  };

  function schedule() {
    if (scheduled || !started) return;
    scheduled = true;
    idle(work);
  }

  const onViewportChange = () => {
    look = true;
    schedule();
  };

  // Only additions inside the article (a live blog's new post) can bring new figures.
  const inArticle = (node: Node) => {
    const at = element(node);
    if (!at?.isConnected || at.closest(`[${CHIP_ATTRIBUTE}]`)) return false;
    return !scope || at.closest(scope) !== null || at.querySelector(scope) !== null;
  };
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (!inArticle(node)) continue;
        blocks = null;
        entryAge = undefined;
        return onViewportChange();
      }
    }
  });

  /** The pointer or focus reached a chip: its card opens. */
  const onReach = (event: Event) => {
    if (event.target) chips.get(event.target)?.open();
  };

  const listen = (on: boolean) => {
    const method = on ? 'addEventListener' : 'removeEventListener';
    // Capture: a page that scrolls inside a container scrolls no window, and one that stops
    // events on their way up does not keep our cards shut.
    const early = { capture: true, passive: true } as AddEventListenerOptions;
    document[method]('scroll', onViewportChange, early);
    document[method]('mouseover', onReach, early);
    document[method]('focusin', onReach, early);
    window[method]('resize', onViewportChange, { passive: true } as AddEventListenerOptions);
  };

  return {
    get count() {
      return placed.filter(({ chip }) => chip.host.isConnected && !chip.host.hidden).length;
    },
    /** Chips placed but waiting for their figure (liquidations before the streams report). */
    get awaiting() {
      return placed.filter(({ chip }) => chip.host.isConnected && chip.host.hidden).length;
    },
    /** Resolves when the work in view is done: every chip near the viewport is placed. */
    settled(): Promise<void> {
      if (!busy()) return Promise.resolve();
      return new Promise((resolve) => waiting.push(resolve));
    },
    /** Start annotating, or, once started, look again for what could not be read before. */
    start() {
      if (!started) {
        started = true;
        observer.observe(root, { childList: true, subtree: true });
        listen(true);
      }
      onViewportChange();
    },
    /** The claims the chips show, each once: what to ask fresh comparisons for. */
    claims(): Claim[] {
      const unique = new Map<string, Claim>();
      for (const entry of placed) if (!unique.has(entry.key)) unique.set(entry.key, entry.claim);
      return [...unique.values()];
    },
    /** Fresh comparisons for `claims()` as it was asked, in its order. */
    show(claims: readonly Claim[], comparisons: readonly (Comparison | null)[]) {
      const byKey = new Map(claims.map((claim, i) => [keyOf(claim), comparisons[i] ?? undefined]));
      for (const entry of placed) if (byKey.has(entry.key)) entry.chip.update(byKey.get(entry.key));
    },
    /** Take every chip away and leave the page's text as it was. */
    remove() {
      started = false;
      observer.disconnect();
      listen(false);
      // Last placed first: a node split twice is mended in the order it was split.
      for (const entry of placed.splice(0).reverse()) unplace(entry);
      blocks = null;
      entryAge = undefined;
      look = false;
      queue = [];
      arrivals = [];
      done = new WeakSet();
      reread = new WeakSet();
      for (const resolve of waiting.splice(0)) resolve();
    },
  };
}

export type Annotator = ReturnType<typeof createAnnotator>;
