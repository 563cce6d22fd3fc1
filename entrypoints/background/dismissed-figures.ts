import type { Claim } from '@/lib/annotate/claim';
import { dismissedOn, dismissKey, pageOf, readDismissed, withDismissed } from '@/lib/annotate/dismissed';
import { takingTurns } from '@/lib/one-at-a-time';
import { dismissedFiguresItem } from '@/lib/storage/items';
import { t } from '@/lib/words';

/**
 * The figures readers marked "Not a market figure". Every change goes through one queue, so two
 * chips marked at once both stay marked; the list stays on this machine.
 */
const inTurn = takingTurns();

const read = async () => readDismissed(await dismissedFiguresItem.get());

/** The readings marked on the page at `url`. */
export async function dismissedFor(url: string | undefined): Promise<ReadonlySet<string>> {
  const page = pageOf(url);
  return page ? dismissedOn(await read(), page) : new Set();
}

/** Mark `claim` on the page at `url`; or say why not. */
export function dismiss(url: string | undefined, claim: Claim): Promise<{ error?: string }> {
  const page = pageOf(url);
  if (!page) return Promise.resolve({ error: t('background.dismissNotWebPage') });
  return inTurn(async () => {
    try {
      await dismissedFiguresItem.set(withDismissed(await read(), page, dismissKey(claim), Date.now()));
      return {};
    } catch {
      // Storage refused (full, or failing): the chip stays, and says why.
      return { error: t('background.dismissRefused') };
    }
  });
}

/** Forget every marked figure. */
export function clearDismissed(): Promise<void> {
  return inTurn(() => dismissedFiguresItem.set([]));
}
