import { browser } from 'wxt/browser';
import { annotateErrorText, NEWS_SCRIPT_FILE, pageAccess, pageBlockText } from '../sites/page-access';
import { annotateThisPage } from './extension-page-messages';

/**
 * The tab the popup was opened over, or the keyboard shortcut pressed in. Its address is known
 * only while `activeTab` is granted.
 */
export interface ActiveTab {
  id: number;
  url?: string;
}

export async function activeTab(): Promise<ActiveTab | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id === undefined ? null : { id: tab.id, ...(tab.url && { url: tab.url }) };
}

/**
 * "Annotate this page", from the popup's button or the keyboard shortcut: put the article script into the tab (a script already there hands over
 * to the new one and takes its chips with it), then ask it to annotate whatever the site's
 * setting. Answers the number of chips placed, or what to tell the user.
 */
export async function annotateTab(
  tab: ActiveTab | null,
): Promise<{ found: number; marketReady: boolean } | { error: string }> {
  if (!tab) return { error: annotateErrorText('no tab') };
  const access = pageAccess(tab.url);
  if (access.kind === 'blocked') return { error: pageBlockText(access.reason) };
  try {
    await browser.scripting.executeScript({ target: { tabId: tab.id }, files: [NEWS_SCRIPT_FILE] });
    // The script answers once its walk over the page is done.
    return annotateThisPage.response.parse(
      await browser.tabs.sendMessage(tab.id, { type: annotateThisPage.type, data: undefined }),
    );
  } catch (error) {
    return { error: annotateErrorText(error) };
  }
}
