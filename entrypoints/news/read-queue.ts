import type { ClaimChip, PageText } from '@/lib/annotate/read-texts';
import { READ_BATCH, READ_TEXT_MAX } from '@/lib/messaging/read-limits';
import { blocksNear } from './blocks-near';
import { contextOf, liveBlogStamps, type RunContext } from './context';
import { after } from './lifecycle';
import { blocksIn, runsOf, skipped, type TextRun } from './text-runs';

/**
 * Reads runs of the page's text and answers each one's claims with their chips, in order; null
 * when there is nothing to compare with yet or the background cannot be reached.
 */
export type ReadClaims = (texts: PageText[]) => Promise<(ClaimChip[] | null)[] | null>;

/** A run the background read, with its chips. */
export interface Answered {
  run: TextRun;
  found: ClaimChip[];
}

/** How soon text the background left for later is sent again. */
const RETRY_MS = 1_000;
const MAX_RETRIES = 3;
/** How far beyond the viewport, in viewports, text is read ahead, so chips are there before the reader. */
const READ_AHEAD = 1;

/**
 * Which of the article's blocks to read, and when: those near the viewport not read yet, each
 * once (a page that keeps changing one, a live ticker, gets no new chips), sent to the background
 * a batch at a time. A batch that is not read, and a run the background's budget left for later,
 * is read again the next time the reader scrolls or the chips refresh. `wake` hears that there
 * is work: answers to place, or blocks to read again.
 */
export function createReadQueue(
  root: Element,
  scope: string | undefined,
  read: ReadClaims,
  wake: () => void,
  signal: AbortSignal,
) {
  const done = new WeakSet<Element>();
  /** Blocks whose text changed while it was being read, read a second time (only once). */
  const reread = new WeakSet<Element>();
  /** How often each block was left for later: past a few times it waits for the reader to scroll. */
  const retries = new WeakMap<Element, number>();
  /** The article's blocks in document order; null when the page has changed since. */
  let blocks: ArrayLike<Element> | null = null;
  /** A live blog's entry ages, looked up once per page (and again when the page changes). */
  let entryAge: ((block: Element) => number | undefined) | null | undefined;
  /** What surrounds each block, read once for all its runs. */
  const contexts = new WeakMap<Element, RunContext>();
  const queue: Element[] = [];
  const arrivals: Answered[] = [];
  let inFlight = 0;

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

  const enqueue = (block: Element) => {
    if (done.has(block)) return;
    done.add(block);
    queue.push(block);
  };

  /** Ask again for blocks the background left for later, a moment from now. */
  const retry = (later: Element[]) =>
    after(signal, RETRY_MS, () => {
      for (const block of later) {
        const count = (retries.get(block) ?? 0) + 1;
        retries.set(block, count);
        if (count <= MAX_RETRIES && block.isConnected) enqueue(block);
      }
      wake();
    });

  const sendBatch = (batch: TextRun[]) => {
    inFlight++;
    read(batch.map(textOf))
      .catch(() => null)
      .then((found) => {
        inFlight--;
        if (signal.aborted) return;
        const answers = found?.length === batch.length ? found : null;
        const later: Element[] = [];
        batch.forEach((run, i) => {
          const claims = answers?.[i];
          if (claims) {
            arrivals.push({ run, found: claims });
            return;
          }
          done.delete(run.block);
          // The background read its budget's worth: the rest is asked for again in a moment.
          if (answers) later.push(run.block);
        });
        if (later.length > 0) retry(later);
        wake();
      });
  };

  return {
    /** Blocks to read or answers to place, now. */
    get ready() {
      return queue.length > 0 || arrivals.length > 0;
    },
    /** Work now, or answers still to come. */
    get pending() {
      return queue.length > 0 || arrivals.length > 0 || inFlight > 0;
    },
    /** Queue the blocks near the viewport not read yet. */
    lookAround() {
      blocks ??= blocksIn(root, scope);
      const ahead = window.innerHeight * READ_AHEAD;
      // Without an article, text right in `root` (a bare page's body) is read as well.
      const near = blocksNear(blocks, -ahead, window.innerHeight + ahead);
      for (const block of scope ? near : [root, ...near]) enqueue(block);
    },
    /** The page added to the article: its blocks and a live blog's entries are looked up afresh. */
    pageChanged() {
      blocks = null;
      entryAge = undefined;
    },
    /** A run whose text changed while it was away being read: its block is read again, once. */
    changed(run: TextRun) {
      if (reread.has(run.block) || !run.block.isConnected) return;
      reread.add(run.block);
      queue.push(run.block);
    },
    /** The runs worth reading in the next queued block: [] for one that has none; null when the queue is empty. */
    nextRuns(): TextRun[] | null {
      const block = queue.shift();
      if (!block) return null;
      if (!block.isConnected) return [];
      const runs = runsOf(block).filter((run) => run.text.length <= READ_TEXT_MAX);
      // Whether the block sits in code or an editor is asked only of blocks with a figure.
      return runs.length > 0 && !skipped(block) ? runs : [];
    },
    /** The next run read, with its chips, to place. */
    nextAnswer: () => arrivals.shift(),
    send(runs: TextRun[]) {
      for (let from = 0; from < runs.length; from += READ_BATCH) sendBatch(runs.slice(from, from + READ_BATCH));
    },
  };
}
