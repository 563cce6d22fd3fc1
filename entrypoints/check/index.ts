import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { askBackground } from '@/lib/messaging/message';
import type { readClaims } from '@/lib/messaging/messages';
import { LANG_MAX, READ_TEXT_MAX } from '@/lib/messaging/read-limits';
import { t } from '@/lib/words';
import { type Chip, createChip, createNote } from '../news/chip';
import { askDismiss, askWatchLevel, headline, unreachableText } from '../news/page-asks';
import { readPublishedAt } from '../news/published-at';

/**
 * "Check with Undertow": the background puts this script in the tab when the reader picks the
 * context menu's item on a selection (the click grants `activeTab` for that tab alone). It sends
 * the selected text to the background's reader, as the article script sends paragraphs, and puts
 * the chips it answers right after the selection with the first one's card open, or a note that
 * no market figure was found. Nothing stays: a second check, or a reload, takes the first away.
 */

/** Marks what a check put on the page, so the next check can take it away. */
const CHECK_ATTRIBUTE = 'data-undertow-check';

const NO_FIGURE = t('card.noFigureFound');
const NOT_READY = t('card.noFiguresYet');

export default defineUnlistedScript(() => {
  // Every copy runs in the same isolated world; one check's controller ends the last one's.
  const world = globalThis as typeof globalThis & { undertowCheck?: AbortController };
  world.undertowCheck?.abort();
  const life = new AbortController();
  world.undertowCheck = life;
  for (const old of document.querySelectorAll(`[${CHECK_ATTRIBUTE}]`)) old.remove();

  const selection = document.getSelection();
  const range = selection && selection.rangeCount > 0 ? selection.getRangeAt(0).cloneRange() : null;
  const text = selection?.toString().trim().slice(0, READ_TEXT_MAX) ?? '';
  if (!range) return;
  range.collapse(false);

  /** Put our hosts after the selection, in order; a check that ends takes them away. */
  const place = (hosts: HTMLElement[]) => {
    for (const host of hosts.toReversed()) {
      host.setAttribute(CHECK_ATTRIBUTE, '');
      range.insertNode(host);
    }
    life.signal.addEventListener('abort', () => {
      for (const host of hosts) host.remove();
    });
  };

  void check(text).then((found) => {
    if (life.signal.aborted) return;
    if (typeof found === 'string') return place([createNote(found)]);
    const chips = found.map(({ claim, comparison }) => {
      const made: Chip = createChip(comparison, {
        watchLevel: askWatchLevel,
        dismiss: async () => {
          const error = await askDismiss(claim);
          if (!error) made.host.remove();
          return error;
        },
      });
      return made;
    });
    const [chip] = chips;
    place(chips.map((each) => each.host));
    chip?.pin();
    // The open card closes as any popover does: Escape, or the reader's own click elsewhere.
    const close = (event: Event) => {
      if (!event.isTrusted || (event instanceof KeyboardEvent && event.key !== 'Escape')) return;
      if (event instanceof PointerEvent && chip && event.composedPath().includes(chip.host)) return;
      chip?.unpin();
    };
    document.addEventListener('keydown', close, { signal: life.signal });
    document.addEventListener('pointerdown', close, { signal: life.signal });
  });
});

/** The chips the background's reader finds in the selection, or what to say instead. */
async function check(text: string) {
  if (!text) return NO_FIGURE;
  try {
    const title = headline();
    const publishedAt = readPublishedAt(document, Date.now());
    const answer = await askBackground<typeof readClaims>('readClaims', {
      texts: [{ text }],
      lang: document.documentElement.lang.slice(0, LANG_MAX),
      ...(title && { title }),
      ...(publishedAt !== undefined && { publishedAt }),
    });
    if (!answer.ready) return NOT_READY;
    const found = (answer.found[0] ?? []).flatMap(({ claim, comparison }) =>
      comparison ? [{ claim, comparison }] : [],
    );
    return found.length > 0 ? found : NO_FIGURE;
  } catch {
    return unreachableText();
  }
}
