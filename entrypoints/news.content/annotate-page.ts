import { chipText, chipTitle } from '@/lib/annotate/chip-text';
import { type Claim, findClaims } from '@/lib/annotate/claims';
import type { Prices } from '@/lib/market/prices';
import { type Chip, createChip } from './chip';
import { collectTextBlocks, locate } from './text-blocks';

interface PlacedChip {
  claim: Claim;
  chip: Chip;
  /** The text node we split to make room; merged back on removal so the page is as it was. */
  before: Text;
  after: Text;
}

export interface Annotations {
  update(prices: Prices): void;
  remove(): void;
  readonly count: number;
}

function livePrice(prices: Prices, claim: Claim): number | undefined {
  return prices.assets.find((quote) => quote.asset === claim.asset)?.price;
}

/**
 * Find every claim on the page and put a chip right after each figure. Text is read first and the
 * DOM touched once per claim; claims whose asset has no live price get no chip.
 */
export function annotatePage(root: Element, prices: Prices): Annotations {
  const placed: PlacedChip[] = [];
  for (const block of collectTextBlocks(root)) {
    // Back to front, so splitting a node never shifts the offsets of claims still to place.
    for (const claim of findClaims(block.text).reverse()) {
      const live = livePrice(prices, claim);
      const at = locate(block, claim.end);
      if (live === undefined || !at) continue;
      const after = at.node.splitText(at.offset);
      const chip = createChip(chipText(claim, live), chipTitle(claim, live));
      after.before(chip.host);
      placed.push({ claim, chip, before: at.node, after });
    }
  }

  return {
    count: placed.length,
    update(next) {
      for (const { claim, chip } of placed) {
        const live = livePrice(next, claim);
        if (live !== undefined) chip.update(chipText(claim, live), chipTitle(claim, live));
      }
    },
    remove() {
      for (const { chip, before, after } of placed.splice(0)) {
        chip.host.remove();
        before.appendData(after.data);
        after.remove();
      }
    },
  };
}
