import type { LevelAlert } from '@/lib/alerts/alert-state';
import { MAX_LEVEL_ALERTS, newLevelAlert } from '@/lib/alerts/new-level';
import type { AssetId } from '@/lib/assets';
import { takingTurns } from '@/lib/one-at-a-time';
import { levelAlertsItem, snapshotItem } from '@/lib/storage/items';
import { t } from '@/lib/words';

/**
 * Every change to the price-level alerts, one after another. The options page, a chip's "alert me
 * at this level" and the poll marking levels fired each read the one stored list, change it and
 * write it back; only here, in turn, can none of them write over another's change.
 */
export const levelsInTurn = takingTurns();

/** Add a level for `asset` at the typed price, its direction from the live price; or say why not. */
export function addLevel(
  asset: AssetId,
  typed: string,
  extra: Partial<LevelAlert> = {},
  isDuplicate: (level: LevelAlert) => boolean = () => false,
): Promise<{ error?: string }> {
  return levelsInTurn(async () => {
    const [snapshot, levels] = await Promise.all([snapshotItem.get(), levelAlertsItem.get()]);
    const current = levels ?? [];
    if (current.some(isDuplicate)) return {};
    if (current.length >= MAX_LEVEL_ALERTS) return { error: t('background.tooManyLevels', { max: MAX_LEVEL_ALERTS }) };
    const live = snapshot?.assets.find((quote) => quote.asset === asset)?.price;
    const made = newLevelAlert(asset, typed, live, Date.now());
    if ('error' in made) return made;
    await levelAlertsItem.set([...current, { ...made.alert, ...extra }]);
    return {};
  });
}

/** Remove the level with this id, if it is still there. */
export function removeLevel(id: string): Promise<{ error?: string }> {
  return levelsInTurn(async () => {
    const current = (await levelAlertsItem.get()) ?? [];
    await levelAlertsItem.set(current.filter((level) => level.id !== id));
    return {};
  });
}
