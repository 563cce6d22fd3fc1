import { browser } from 'wxt/browser';
import { annotateThisPage } from '@/lib/messaging/messages';
import { annotateErrorText, NEWS_SCRIPT_FILE, pageAccess, pageBlockText } from '@/lib/page-access';

/** The tab the popup was opened over. Its address is known only while `activeTab` is granted. */
export interface ActiveTab {
  id: number;
  url?: string;
}

export async function activeTab(): Promise<ActiveTab | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id === undefined ? null : { id: tab.id, ...(tab.url && { url: tab.url }) };
}

/**
 * The article script answers with the chips it has placed so far, and it places them in idle-time
 * slices (`entrypoints/news.content/annotator.ts`: idle callbacks with a 500 ms timeout), so an
 * answer can come before its walk over the page is done. Ask until two answers this far apart agree.
 */
const SETTLE_MS = 600;
const MAX_ASKS = 6;

async function askSettled(tabId: number): Promise<{ found: number }> {
  const ask = async () =>
    annotateThisPage.response.parse(
      await browser.tabs.sendMessage(tabId, { type: annotateThisPage.type, data: undefined }),
    );
  let last = await ask();
  for (let asks = 1; asks < MAX_ASKS; asks++) {
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
    const next = await ask();
    if (next.found === last.found) return next;
    last = next;
  }
  return last;
}

/**
 * "Annotate this page": put the article script into the tab (a script already there hands over
 * to the new one and takes its chips with it), then ask it to annotate whatever the site's
 * setting. Answers the number of chips placed, or what to tell the user.
 */
export async function annotateTab(tab: ActiveTab | null): Promise<{ found: number } | { error: string }> {
  if (!tab) return { error: annotateErrorText('no tab') };
  const access = pageAccess(tab.url);
  if (access.kind === 'blocked') return { error: pageBlockText(access.reason) };
  try {
    await browser.scripting.executeScript({ target: { tabId: tab.id }, files: [NEWS_SCRIPT_FILE] });
    return await askSettled(tab.id);
  } catch (error) {
    return { error: annotateErrorText(error) };
  }
}
