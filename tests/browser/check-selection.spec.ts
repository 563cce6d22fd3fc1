import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Frame, Page } from '@playwright/test';
import { chipTexts, chipViews } from '../harness/chips';
import { expect, test } from '../harness/fixtures';
import type { ExtensionBrowser } from '../harness/launch';
import { clickToolbarButton } from '../harness/toolbar';

/**
 * "Check with Undertow" (the context menu on a selection) and "Annotate this page" (the keyboard
 * shortcut). No test can pick a context menu item or press a command's keys, so these call the
 * handlers the menu and the shortcut call, which the worker keeps as its global `background`
 * (entrypoints/background/index.ts). The page is on a host Undertow holds no permission for: the
 * gesture's `activeTab` grant is all it gets, given here by the toolbar button as the menu would.
 */
const LETTER = 'https://letters.example.com/2026/weekly-market-letter';
const LETTER_HTML = readFileSync(
  resolve(import.meta.dirname, '../fixtures/site-access/weekly-market-letter.html'),
  'utf8',
);

/** The same letter embedded in a page of its own site, as a newsletter archive shows it. */
const ARCHIVE = 'https://letters.example.com/archive';
const ARCHIVE_HTML = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Archive</title></head>
<body><h1>Past letters</h1><iframe src="/2026/weekly-market-letter" width="900" height="600"></iframe></body></html>`;

type Handler = 'checkSelection' | 'annotatePage';

/**
 * Call a page command's handler with the tab in front, as the menu or the shortcut does; for the
 * menu, with the frame the selection is in (`frame` is part of its address), as the menu names it.
 */
function runHandler(ext: ExtensionBrowser, handler: Handler, frame?: string): Promise<unknown> {
  return ext.serviceWorker.evaluate(
    async ({ name, frame }) => {
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      const handlers = (
        globalThis as unknown as { background: Record<Handler, (tab: unknown, frameId?: number) => Promise<unknown>> }
      ).background;
      if (frame === undefined || tab?.id === undefined) return handlers[name](tab);
      const frames = await chrome.scripting.executeScript({
        target: { tabId: tab.id, allFrames: true },
        func: () => location.href,
      });
      return handlers[name](tab, frames.find((found) => String(found.result).includes(frame))?.frameId);
    },
    { name: handler, frame },
  );
}

/** Select from the start of `from` to the end of `to` (the same text by default), as a reader drags over it. */
async function select(page: Page | Frame, from: string, to = from): Promise<void> {
  await page.evaluate(
    ({ first, last }) => {
      const find = (wanted: string) => {
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const at = node.nodeValue?.indexOf(wanted) ?? -1;
          if (at >= 0) return { node, at };
        }
        throw new Error(`no "${wanted}" on the page`);
      };
      const start = find(first);
      const end = find(last);
      const range = document.createRange();
      range.setStart(start.node, start.at);
      range.setEnd(end.node, end.at + last.length);
      document.getSelection()?.removeAllRanges();
      document.getSelection()?.addRange(range);
    },
    { first: from, last: to },
  );
}

/** The toolbar button over the page and the popup closed again: the page now has `activeTab`. */
async function grantActiveTab(ext: ExtensionBrowser, page: Page): Promise<void> {
  const popup = await clickToolbarButton(ext, page);
  await popup.waitForText(/Annotate this page/);
  await popup.close();
}

test.describe('page commands', () => {
  test.beforeEach(({ replay }) => {
    replay.servePage(LETTER, LETTER_HTML);
    replay.servePage(ARCHIVE, ARCHIVE_HTML);
  });

  test('"Check with Undertow" shows the chip and its card beside a selected figure, only with the grant', async ({
    ext,
    settledBadge,
    openArticle,
    saveScreenshot,
  }) => {
    await settledBadge();
    const page = await openArticle(LETTER);
    await select(page, 'Bitcoin is trading around', '$67,490');
    await page.bringToFront();
    // Without the gesture's grant the script cannot go in: Undertow holds nothing for this host.
    expect(await runHandler(ext, 'checkSelection')).toMatch(/permission|cannot access/i);
    await expect.poll(() => chipViews(page)).toHaveLength(0);

    await grantActiveTab(ext, page);
    expect(await runHandler(ext, 'checkSelection')).toBeUndefined();
    await expect.poll(() => chipTexts(page)).toEqual(['now $67,490 · 0.0%']);
    const [chip] = await chipViews(page);
    // The card is open without pointing at it: the same card a chip in an article shows.
    expect(chip?.reading).toBe('Read as: BTC · price now');
    expect(chip?.card).toEqual(['Article: BTC price $67,490', 'Now: $67,490']);
    expect(chip?.buttons.map((button) => button.text)).toEqual(['Not a market figure']);
    await saveScreenshot(page, 'check-selection');

    // A second check takes the first one's chip away, and a selection without a market figure says so.
    await select(page, 'None of this is advice.');
    expect(await runHandler(ext, 'checkSelection')).toBeUndefined();
    await expect.poll(() => chipTexts(page)).toEqual(['Undertow: no market figure found']);
    await saveScreenshot(page, 'check-selection-none');
  });

  test('the "Annotate this page" shortcut annotates the page in front, as the popup’s button does', async ({
    ext,
    settledBadge,
    openArticle,
  }) => {
    await settledBadge();
    const page = await openArticle(LETTER);
    await page.bringToFront();
    await grantActiveTab(ext, page);
    expect(await runHandler(ext, 'annotatePage')).toEqual({ found: 5, marketReady: true });
    await expect.poll(() => chipTexts(page)).toHaveLength(5);
    await expect.poll(async () => (await chipTexts(page))[0]).toBe('now $67,490 · 0.0%');
  });

  test('"Check with Undertow" on a selection inside an embedded frame of the same site checks it there', async ({
    ext,
    settledBadge,
    openArticle,
  }) => {
    await settledBadge();
    const page = await openArticle(ARCHIVE);
    const letter = page.frames().find((frame) => frame.url().endsWith('/weekly-market-letter'));
    if (!letter) throw new Error('the letter frame did not load');
    await select(letter, 'Bitcoin is trading around', '$67,490');
    await page.bringToFront();
    await grantActiveTab(ext, page);
    expect(await runHandler(ext, 'checkSelection', '/weekly-market-letter')).toBeUndefined();
    // The chip is beside the selection, in the frame; the page around it is left alone.
    await expect.poll(() => chipTexts(page)).toEqual(['now $67,490 · 0.0%']);
    expect(await page.evaluate(() => document.querySelectorAll('[data-undertow-check]').length)).toBe(0);
    expect(await letter.evaluate(() => document.querySelectorAll('[data-undertow-check]').length)).toBe(1);
  });
});
