import { CONTEXT_MAX } from '../article-context';
import type { ClaimKind, ClaimWindow } from '../claim';
import { findFigures } from './figures';
import { normalise } from './normalise';
import { tokenise } from './tokens';
import { cuesIn } from './topics';
import { windowsIn } from './windows';

/**
 * What a block has said so far that later figures lean on, seeded from the end of the block before:
 * the window last stated ("over the same period", and a liquidation total's breakdown: "$600
 * million in 24 hours; ETH $250 million"), and whether liquidations are the topic ("Ether
 * positions took the largest hit at $492 million"), and the levels named so far. When the last sentence that stated a window
 * stated two ("up 10.6% over 24 hours and 38% over the week"), "the same period" could be either,
 * so it is neither.
 */
export class BlockMemory {
  private windows: Set<ClaimWindow> | null = null;
  private sentence = -1;
  private topic: boolean | null = null;
  private readonly levels = new Map<number, { kind: ClaimKind; asset: string }>();

  constructor(private readonly before: string | undefined) {}

  stated(window: ClaimWindow, sentence: number): void {
    if (sentence !== this.sentence || !this.windows) this.windows = new Set();
    this.sentence = sentence;
    this.windows.add(window);
  }

  lastWindow(): ClaimWindow | undefined {
    this.windows ??= this.readBefore().windows;
    return this.windows.size === 1 ? [...this.windows][0] : undefined;
  }

  get liquidations(): boolean {
    this.topic ??= this.readBefore().liquidations;
    return this.topic;
  }

  set liquidations(topic: boolean) {
    this.topic = topic;
  }

  /** A support or resistance level read in this block, by its value. */
  level(value: number, kind: ClaimKind, asset: string): void {
    this.levels.set(value, { kind, asset });
  }

  /** The level read earlier at this value: "the $75,000 level is key support… a break below $75,000". */
  levelAt(value: number): { kind: ClaimKind; asset: string } | undefined {
    return this.levels.get(value);
  }

  private readBefore(): { windows: Set<ClaimWindow>; liquidations: boolean } {
    if (!this.before) return { windows: new Set(), liquidations: false };
    const { text } = normalise(this.before.slice(-CONTEXT_MAX));
    const tokens = tokenise(text, findFigures(text));
    return {
      windows: new Set(
        windowsIn(tokens, 0, tokens.length).flatMap((hit) =>
          typeof hit.reading === 'object' ? [hit.reading.window] : [],
        ),
      ),
      liquidations: cuesIn(tokens, 0, tokens.length).some((cue) => cue.topic === 'liquidations'),
    };
  }
}
