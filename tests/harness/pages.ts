import { expect, type Page } from '@playwright/test';
import type { ExtensionBrowser } from './launch';

/** The popup's size in Chrome's toolbar bubble, so screenshots look like the real thing. */
export const POPUP_VIEWPORT = { width: 340, height: 520 };

/** The popup's detail tabs, by the start of their name ("Sources" may say how many fail). */
export type PopupTab = 'Why' | 'Derivatives' | 'History' | 'Alerts' | 'Sources';

/** Select one of the popup's detail tabs, as a user clicks it. */
export async function showTab(popup: Page, tab: PopupTab): Promise<void> {
  await popup.getByRole('tab', { name: new RegExp(`^${tab}`) }).click();
}

/** The popup, opened as a page: the same document Chrome shows from the toolbar; optionally on a tab. */
export async function openPopupPage(ext: ExtensionBrowser, tab?: PopupTab): Promise<Page> {
  const page = await ext.context.newPage();
  await page.setViewportSize(POPUP_VIEWPORT);
  await page.goto(`chrome-extension://${ext.extensionId}/popup.html`);
  if (tab) await showTab(page, tab);
  return page;
}

/** The options page, opened as Chrome opens it (in a tab), once its form is ready. */
export async function openOptionsPage(ext: ExtensionBrowser): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(`chrome-extension://${ext.extensionId}/options.html`);
  await page.getByRole('button', { name: 'Save' }).waitFor();
  return page;
}

/** Press the options page's Save and wait until it says the settings are saved. */
export async function saveOptions(options: Page): Promise<void> {
  await options.getByRole('button', { name: 'Save' }).click();
  await expect(options.getByRole('status')).toContainText('Saved');
}

/** Press the popup's Refresh and wait until it has its answer (or has given up on it). */
export async function refresh(popup: Page): Promise<void> {
  await popup.getByRole('button', { name: 'Refresh market data now' }).click();
  await expect(popup.getByRole('button', { name: 'Refresh market data now' })).toBeEnabled();
}
