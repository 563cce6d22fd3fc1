import { withoutSite, withSite } from '../user-sites';
import { readSettings, settingsItem } from './items';

/**
 * The user-added sites are changed one at a time, from the popup, the options page and the
 * background, outside the options page's draft: each change reads the stored settings and writes
 * them back with only that site changed.
 */

/** "Always on this site": the site is added, and on even if the user had switched it off. */
export async function addUserSite(host: string): Promise<void> {
  const settings = await readSettings();
  if (settings.userNewsSites.includes(host) && !settings.disabledNewsSites.includes(host)) return;
  await settingsItem.set({
    ...settings,
    userNewsSites: withSite(settings.userNewsSites, host),
    disabledNewsSites: withoutSite(settings.disabledNewsSites, host),
  });
}

/** Remove a site the user added, and its on/off switch with it. */
export async function removeUserSite(host: string): Promise<void> {
  const settings = await readSettings();
  if (!settings.userNewsSites.includes(host)) return;
  await settingsItem.set({
    ...settings,
    userNewsSites: withoutSite(settings.userNewsSites, host),
    disabledNewsSites: withoutSite(settings.disabledNewsSites, host),
  });
}
