import { browser } from 'wxt/browser';
import { activeTab, annotateTab } from '@/lib/messaging/annotate-tab';
import { CHECK_SCRIPT_FILE, pageAccess, pageBlockText } from '@/lib/sites/page-access';
import { t } from '@/lib/words';

/**
 * What a reader asks of the page in front of them without opening the popup: "Check with
 * Undertow" on a selection (the context menu) and "Annotate this page" (a keyboard shortcut).
 * Either gesture grants `activeTab` for that tab alone, so neither needs a standing permission
 * for the site.
 */

export const CHECK_MENU_ID = 'check-selection';
/** The `commands` entry in the manifest (wxt.config.ts). */
export const ANNOTATE_COMMAND = 'annotate-page';

/**
 * Put the check script in the frame the selection is in (the menu names it: a selection in an
 * embedded frame is that frame's, not the page's), which reads the selection and shows what
 * Undertow makes of it beside it. Answers what went wrong, for the log; the page itself shows the
 * answer. A frame from another site than the tab's is out of the gesture's grant, and stays so.
 */
export async function checkSelection(
  tab: { id?: number; url?: string } | undefined,
  frameId = 0,
): Promise<string | undefined> {
  if (tab?.id === undefined) return 'no tab';
  const access = pageAccess(tab.url);
  if (access.kind === 'blocked') return pageBlockText(access.reason);
  try {
    await browser.scripting.executeScript({
      target: { tabId: tab.id, frameIds: [frameId] },
      files: [CHECK_SCRIPT_FILE],
    });
    return undefined;
  } catch (error) {
    return String(error);
  }
}

/** The keyboard shortcut: what the popup's "Annotate this page" does, in the tab in front. */
export async function annotatePage(tab: { id?: number; url?: string } | undefined) {
  return annotateTab(tab?.id === undefined ? await activeTab() : { id: tab.id, ...(tab.url && { url: tab.url }) });
}

const report = (what: string) => (outcome: unknown) => {
  const error = typeof outcome === 'string' ? outcome : (outcome as { error?: string } | undefined)?.error;
  if (error) console.warn(`Undertow: ${what}: ${error}`);
};

/**
 * The menu item, made on install, update and each start (in the language the browser then speaks),
 * and listeners for it and the shortcut, registered at once so a wake-up event is never missed.
 */
export function followPageCommands(): void {
  const makeMenu = async () => {
    await browser.contextMenus.removeAll();
    browser.contextMenus.create({ id: CHECK_MENU_ID, title: t('extension.checkMenu'), contexts: ['selection'] });
  };
  browser.runtime.onInstalled.addListener(makeMenu);
  // The browser's language changes only with a restart: the item is made again in the new one.
  browser.runtime.onStartup.addListener(makeMenu);
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === CHECK_MENU_ID) void checkSelection(tab, info.frameId).then(report('check'));
  });
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === ANNOTATE_COMMAND) void annotatePage(tab).then(report('annotate'));
  });
}
