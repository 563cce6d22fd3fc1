import { browser } from 'wxt/browser';
import { settingsChanged } from '@/lib/messaging/messages';
import { oneAtATime } from '@/lib/one-at-a-time';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings/settings';
import { NEWS_SCRIPT_ID, newsScriptMatches } from '@/lib/sites/news-script';
import { NEWS_SCRIPT_FILE } from '@/lib/sites/page-access';
import { sitesOfOrigins } from '@/lib/sites/user-sites';
import { readSettings, settingsItem } from '@/lib/storage/items';
import { addUserSite } from '@/lib/storage/settings-writer';

/**
 * The article script registered for the news sites that are on: the default ones not switched
 * off, and those the user added ("Always on this site") that this browser has granted. One
 * registration, re-done when the settings or the granted permissions change, and at every start
 * (a registration can outlive a permission the user took away while the worker slept).
 */
export function followNewsSites(): void {
  // Registered synchronously, like every listener, so a wake-up event is not missed.
  browser.permissions.onAdded.addListener((permissions) => {
    // A site granted outside the popup (the browser's site-access menu, or a popup that closed
    // while its prompt was open) is a site the user wants the chips on.
    const added = sitesOfOrigins(permissions.origins ?? []);
    // Each in turn with every other change to the settings: two sites granted together both stay.
    void Promise.all(added.map(addUserSite)).finally(() => void syncNewsScript());
  });
  browser.permissions.onRemoved.addListener(() => void syncNewsScript());
  settingsItem.watch((settings) => {
    void syncNewsScript(settings ?? DEFAULT_SETTINGS);
    void tellArticleScripts();
  });
  void syncNewsScript();
}

/**
 * Tell the article script in every tab that the settings changed: a site switched off loses its
 * chips at once, and a new quote currency shows at once. Which tabs run the script is not known
 * (that would take the "tabs" permission, or keeping a record of the user's pages), so every tab
 * is told; in the tabs without it, no one receives the message and it is dropped. It happens only
 * when the user saves a setting.
 */
async function tellArticleScripts(): Promise<void> {
  const tabs = await browser.tabs.query({});
  const message = { type: settingsChanged.type, data: undefined };
  await Promise.allSettled(
    tabs.flatMap((tab) => (tab.id === undefined ? [] : [browser.tabs.sendMessage(tab.id, message)])),
  );
}

/**
 * Bring the registration in line with the settings (read from storage unless given) and the
 * permissions granted now. One at a time: two overlapping syncs would both try to register the
 * same id. Resolves to the match patterns now registered.
 */
export const syncNewsScript = oneAtATime(applyRegistration);

async function applyRegistration(given?: Settings): Promise<string[]> {
  const [settings, granted, registered] = await Promise.all([
    given ?? readSettings(),
    browser.permissions.getAll(),
    browser.scripting.getRegisteredContentScripts({ ids: [NEWS_SCRIPT_ID] }),
  ]);
  const matches = newsScriptMatches(settings, granted.origins ?? []);
  const current = registered[0]?.matches ?? [];
  if (registered.length > 0 ? current.join() === matches.join() : matches.length === 0) return matches;
  if (matches.length === 0) {
    await browser.scripting.unregisterContentScripts({ ids: [NEWS_SCRIPT_ID] });
    return matches;
  }
  const script = { id: NEWS_SCRIPT_ID, matches, js: [NEWS_SCRIPT_FILE], runAt: 'document_idle' as const };
  if (registered.length > 0) await browser.scripting.updateContentScripts([script]);
  else await browser.scripting.registerContentScripts([script]);
  return matches;
}
