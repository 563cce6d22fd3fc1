import { CONTEXT_MAX } from '@/lib/annotate/article-context';
import type { Claim } from '@/lib/annotate/claim';
import { askBackground } from '@/lib/messaging/message';
import type { dismissFigure, watchLevel } from '@/lib/messaging/messages';
import { t } from '@/lib/words';

/**
 * What a page's chips ask of the background on the reader's behalf, shared by the article script
 * and the check script. Each resolves to what to tell the reader, or nothing when it was done.
 */
/** Looked up when shown, as the chips' words are (chip.ts). */
export const unreachableText = () => t('card.unreachable');

/** "Alert me at $X" from a level's card. */
export async function askWatchLevel(level: { asset: string; price: number }): Promise<string | undefined> {
  try {
    return (await askBackground<typeof watchLevel>('watchLevel', level)).error;
  } catch {
    return unreachableText();
  }
}

/** "Not a market figure" from a chip's card. */
export async function askDismiss(claim: Claim): Promise<string | undefined> {
  try {
    return (await askBackground<typeof dismissFigure>('dismissFigure', { claim })).error;
  } catch {
    return unreachableText();
  }
}

/** The article's headline: its first `<h1>`, else the page's title. */
export function headline(): string {
  return (document.querySelector('h1')?.textContent ?? document.title).trim().slice(0, CONTEXT_MAX);
}
