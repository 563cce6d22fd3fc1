import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { checkSelection } from '@/entrypoints/background/page-commands';

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
