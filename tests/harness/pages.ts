import type { Page } from '@playwright/test';
import type { ExtensionBrowser } from './launch';

/** The popup's size in Chrome's toolbar bubble, so screenshots look like the real thing. */
export const POPUP_VIEWPORT = { width: 340, height: 520 };

/** The popup, opened as a page: the same document Chrome shows from the toolbar. */
export async function openPopupPage(ext: ExtensionBrowser): Promise<Page> {
  const page = await ext.context.newPage();
  await page.setViewportSize(POPUP_VIEWPORT);
  await page.goto(`chrome-extension://${ext.extensionId}/popup.html`);
  return page;
}

/** The text of every article chip on a page, in document order. */
export function chipTexts(page: Page): Promise<string[]> {
  // Playwright's CSS engine pierces the chips' open shadow roots.
  return page.locator('[data-undertow-chip] .chip').allTextContents();
}
