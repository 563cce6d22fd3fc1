import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CHECK_MENU_ID, checkSelection, followPageCommands } from '@/entrypoints/background/page-commands';
import { inGerman } from '../helpers/in-german';

describe('"Check with Undertow"', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
  });

  it('puts the check script in the tab the menu was picked in, in the frame the selection is in', async () => {
    const executeScript = vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue();
    expect(await checkSelection({ id: 7, url: 'https://letters.example.com/x' })).toBeUndefined();
    expect(executeScript).toHaveBeenCalledWith({ target: { tabId: 7, frameIds: [0] }, files: ['/check.js'] });
    expect(await checkSelection({ id: 7, url: 'https://letters.example.com/x' }, 3)).toBeUndefined();
    expect(executeScript).toHaveBeenLastCalledWith({ target: { tabId: 7, frameIds: [3] }, files: ['/check.js'] });
  });

  it('tries no page of the browser itself, and says why; nor a menu picked outside a tab', async () => {
    const executeScript = vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue();
    expect(await checkSelection({ id: 7, url: 'chrome://settings' })).toMatch(/browser’s own pages/);
    expect(await checkSelection(undefined)).toBe('no tab');
    expect(executeScript).not.toHaveBeenCalled();
  });

  it('answers what the browser refused, when the tab gave no grant', async () => {
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockRejectedValue(new Error('Cannot access contents of the page'));
    expect(await checkSelection({ id: 7 })).toMatch(/Cannot access contents/);
  });
});

describe('the context menu', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
  });

  it('is made on install, and again at each start in the language the browser then speaks', async () => {
    vi.spyOn(fakeBrowser.contextMenus, 'removeAll').mockResolvedValue();
    const create = vi.spyOn(fakeBrowser.contextMenus, 'create').mockReturnValue(CHECK_MENU_ID);
    // The fake browser keeps no menu clicks or commands; they are not what this test is about.
    vi.spyOn(fakeBrowser.contextMenus.onClicked, 'addListener').mockReturnValue();
    vi.spyOn(fakeBrowser.commands.onCommand, 'addListener').mockReturnValue();
    followPageCommands();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    expect(create).toHaveBeenLastCalledWith({
      id: CHECK_MENU_ID,
      title: 'Check with Undertow',
      contexts: ['selection'],
    });
    inGerman();
    await fakeBrowser.runtime.onStartup.trigger();
    expect(create).toHaveBeenLastCalledWith({
      id: CHECK_MENU_ID,
      title: 'Mit Undertow prüfen',
      contexts: ['selection'],
    });
  });
});
