import type { Claim } from '@/lib/annotate/claim';
import type { Comparison } from '@/lib/annotate/compare';
import type { ClaimChip } from '@/lib/annotate/read-texts';
import { type Chip, createChip, type WatchLevel } from './chip';
import { intact, locate, type TextRun } from './text-runs';

/** Asks the background to mark a reading "Not a market figure" on this page; resolves to an error, or nothing. */
export type DismissFigure = (claim: Claim) => Promise<string | undefined>;

export interface PageActions {
  watchLevel: WatchLevel;
  dismiss: DismissFigure;
}

interface Placed {
  claim: Claim;
  key: string;
  chip: Chip;
  /** The text node split to make room, and the part split off; merged back on removal. */
  node: Text;
  split?: Text;
}

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
 * The chips on a page: each placed right after its figure by splitting the text node there, kept
 * up to date with fresh comparisons, and taken away leaving the text as it was.
 */
export function createChipPlacer(actions: PageActions) {
  const placed: Placed[] = [];
  /** Each chip by its host: events from inside a chip reach the page with the host as target. */
  const chips = new WeakMap<EventTarget, Chip>();
  const showing = (hidden: boolean) =>
    placed.filter(({ chip }) => chip.host.isConnected && chip.host.hidden === hidden).length;

  /** Every chip showing this reading goes: the reader said it is not a market figure. */
  const drop = (key: string) => {
    for (let i = placed.length - 1; i >= 0; i--) {
      const entry = placed[i] as Placed;
      if (entry.key !== key) continue;
      placed.splice(i, 1);
      unplace(entry);
    }
  };

  return {
    /**
     * Place a run's chips; false, placing none, when the page changed its text while the run was
     * away being read.
     */
    place(run: TextRun, found: readonly ClaimChip[]): boolean {
      if (!intact(run)) return false;
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
      return true;
    },
    /** The chip an event reached, if it reached one of ours. */
    chipAt: (target: EventTarget | null) => (target ? chips.get(target) : undefined),
    get count() {
      return showing(false);
    },
    /** Chips placed but waiting for their figure (liquidations before the streams report). */
    get awaiting() {
      return showing(true);
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
    removeAll() {
      // Last placed first: a node split twice is mended in the order it was split.
      for (const entry of placed.splice(0).reverse()) unplace(entry);
    },
  };
}
