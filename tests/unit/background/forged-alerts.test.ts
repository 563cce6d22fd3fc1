import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleNotificationClicks } from '@/entrypoints/background/alerts';
import { addLevel } from '@/entrypoints/background/level-alerts';
import { registerMessageHandlers } from '@/entrypoints/background/messages';
import { levelAlertsItem, snapshotItem } from '@/lib/storage/items';

const article = (tab: number) => ({
  id: fakeBrowser.runtime.id,
  url: 'https://www.gate.com/news/detail/x',
  tab: { id: tab },
});

/** The background's answer to one message, or the reason the router refused it. */
async function ask(type: string, data: unknown, sender: object): Promise<unknown> {
  try {
    return (await fakeBrowser.runtime.onMessage.trigger({ type, data }, sender, () => undefined))[0];
  } catch (error) {
    return { refused: (error as Error).message };
  }
}

describe('price alerts a page could forge', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    registerMessageHandlers();
    await snapshotItem.set({ takenAt: Date.now(), assets: [{ asset: 'BTC', price: 67_490, venues: ['kraken'] }] });
  });

  it('are few from one tab in a minute, however many it asks for; another tab still gets its own', async () => {
    const answers = [];
    for (let k = 0; k < 60; k++) answers.push(await ask('watchLevel', { asset: 'BTC', price: 70_000 + k }, article(7)));
    expect(answers.filter((answer) => JSON.stringify(answer) === '{}')).toHaveLength(5);
    expect(answers.at(-1)).toEqual({
      error: 'Too many alerts asked for from this page at once: try again in a minute.',
    });
    expect(await ask('watchLevel', { asset: 'BTC', price: 80_000 }, article(8))).toEqual({});
    expect((await levelAlertsItem.get())?.length).toBe(6);
  });

  it('stop at 50, from any page, and say why', async () => {
    const answers = [];
    // The options page's and the popup's additions, as the background makes them.
    for (let k = 0; k < 55; k++) answers.push(await addLevel('BTC', String(70_000 + k)));
    answers.push(await ask('watchLevel', { asset: 'BTC', price: 90_000 }, article(9)));
    expect((await levelAlertsItem.get())?.length).toBe(50);
    expect(answers.at(-1)).toEqual({ error: 'Undertow keeps 50 price alerts at most: remove one to add another.' });
  });

  it('carry no page text: an asset name longer than a ticker is refused before any handler', async () => {
    const answer = await ask('watchLevel', { asset: 'B'.repeat(10_000), price: 70_000 }, article(7));
    expect(answer).toEqual({ refused: '"watchLevel" carried invalid data' });
  });
});

describe('a notification’s click', () => {
  beforeEach(() => fakeBrowser.reset());

  it('opens only a web page from a stored address, and the popup for anything else', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    const firedAt = 1_770_885_000_000;
    const level = {
      id: 'BTC-70000-1',
      asset: 'BTC' as const,
      price: 70_000,
      direction: 'above' as const,
      createdAt: 1,
      firedAt,
    };
    await levelAlertsItem.set([{ ...level, sourceUrl: 'javascript:alert(document.cookie)' }]);
    handleNotificationClicks();
    await fakeBrowser.notifications.onClicked.trigger(`level|${firedAt}`);
    expect(create).toHaveBeenCalledWith({ url: `chrome-extension://${fakeBrowser.runtime.id}/popup.html` });

    await levelAlertsItem.set([{ ...level, sourceUrl: 'https://www.gate.com/news/detail/x' }]);
    await fakeBrowser.notifications.onClicked.trigger(`level|${firedAt}`);
    expect(create).toHaveBeenLastCalledWith({ url: 'https://www.gate.com/news/detail/x' });
  });
});
