import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { registerMessageHandlers } from '@/entrypoints/background/messages';
import type { Claim } from '@/lib/annotate/claim';
import { snapshotItem } from '@/lib/storage/items';

/** A news page's article script, as the browser names it to the background. */
const ARTICLE = { id: fakeBrowser.runtime.id, url: 'https://www.gate.com/news/detail/x' };

/** The background's answer to one message, as the router gives it. */
async function ask(type: string, data: unknown, sender = ARTICLE): Promise<unknown> {
  const [answer] = await fakeBrowser.runtime.onMessage.trigger({ type, data }, sender, () => undefined);
  return answer;
}

describe('an article’s figures of nothing', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    registerMessageHandlers();
    await snapshotItem.set({
      takenAt: Date.now(),
      assets: [{ asset: 'BTC', price: 67_490, venues: ['binance-spot'] }],
    });
  });

  it('get no chip: a $0 support is no distance from the price, and no level to alert at', async () => {
    const answer = (await ask('readClaims', {
      texts: [{ text: 'Bitcoin could fall to support at $0, while BTC is trading at $0 on one screen.' }],
      lang: 'en',
    })) as { ready: boolean; found: { claim: Claim }[][] };
    expect(answer.ready).toBe(true);
    expect(answer.found.flat().map(({ claim }) => claim.value)).not.toContain(0);
  });

  it('are answered with nothing when a page asks for fresh figures of one', async () => {
    const claim: Claim = { kind: 'support', asset: 'BTC', value: 0, unit: 'USD', start: 0, end: 2 };
    const price: Claim = { kind: 'price', asset: 'BTC', value: 67_000, unit: 'USD', start: 3, end: 10 };
    const answer = (await ask('refreshChips', { claims: [claim, price] })) as { comparisons: unknown[] };
    expect(answer.comparisons[0]).toBeNull();
    expect(answer.comparisons[1]).toMatchObject({ chip: 'now $67,490 · +0.7%' });
  });
});
