import { takingTurns } from '../one-at-a-time';
import { type Settings, validateSettings } from '../settings/settings';
import { mergeSettings } from '../settings/settings-change';
import { withUserSite } from '../sites/user-sites';
import { t } from '../words';
import { readSettings, settingsItem } from './items';

/** What a change answers: the settings now stored, or why nothing was saved. */
export type SettingsAnswer = { settings: Settings } | { errors: string[] };

/**
 * Every change to the synced settings, one after another, each made to what is stored when its
 * turn comes. Only the background writes them (pages send their changes to it), so two changes at
 * once (two sites granted together, the popup and the options page) cannot write over each other.
 */
const settingsInTurn = takingTurns();

function changeInTurn(change: (stored: Settings) => Settings): Promise<SettingsAnswer> {
  return settingsInTurn(async () => {
    const result = validateSettings(change(await readSettings()));
    if ('errors' in result) return result;
    try {
      await settingsItem.set(result.settings);
    } catch (error) {
      return { errors: [t('options.notSaved', { reason: error instanceof Error ? error.message : String(error) })] };
    }
    return result;
  });
}

/** A page's change, from the settings it read to those it saves, made to the stored ones. */
export const applySettingsChange = (before: Settings, after: Settings) =>
  changeInTurn((stored) => mergeSettings(stored, before, after));

/** "Always on this site", from a grant the user gave outside the popup. */
export const addUserSite = (host: string) => changeInTurn((stored) => withUserSite(stored, host));
