import { describe, expect, it } from 'vitest';
import {
  DISMISSED_PAGES_MAX,
  DISMISSED_PER_PAGE_MAX,
  DismissedPagesSchema,
  dismissedOn,
  dismissKey,
  pageOf,
  readDismissed,
  withDismissed,
} from '@/lib/annotate/dismissed';
import { salvage } from '@/lib/salvage';

const claim = { kind: 'price', asset: 'BTC', value: 67490 } as const;

describe('figures marked "Not a market figure"', () => {
  it('belong to a web page, not its query or fragment', () => {
    expect(pageOf('https://news.example/markets/btc?utm=x#top')).toBe('https://news.example/markets/btc');
    expect(pageOf('chrome://extensions')).toBeUndefined();
    expect(pageOf('not a url')).toBeUndefined();
  });

  it('are kept per page, each page once, the newest last', () => {
    let pages = withDismissed([], 'https://a/1', dismissKey(claim), 1);
    pages = withDismissed(pages, 'https://b/2', dismissKey(claim), 2);
    pages = withDismissed(pages, 'https://a/1', dismissKey({ ...claim, value: 1 }), 3);
    expect(pages.map((page) => [page.page, page.keys.length])).toEqual([
      ['https://b/2', 1],
      ['https://a/1', 2],
    ]);
    expect(dismissedOn(pages, 'https://a/1').has(dismissKey(claim))).toBe(true);
    expect(dismissedOn(pages, 'https://c/3').size).toBe(0);
  });

  it('are bounded in pages and in figures a page', () => {
    let pages = withDismissed([], 'https://a/1', 'k', 0);
    for (let i = 0; i < DISMISSED_PAGES_MAX + 10; i++) pages = withDismissed(pages, `https://p/${i}`, 'k', i);
    expect(pages).toHaveLength(DISMISSED_PAGES_MAX);
    expect(pages.some((page) => page.page === 'https://a/1')).toBe(false);
    let one = withDismissed([], 'https://a/1', 'k0', 0);
    for (let i = 1; i < DISMISSED_PER_PAGE_MAX + 5; i++) one = withDismissed(one, 'https://a/1', `k${i}`, i);
    expect(one[0]?.keys).toHaveLength(DISMISSED_PER_PAGE_MAX);
  });

  it('are read back entry by entry: a broken entry loses only itself', () => {
    const stored = [
      { page: 'https://a/1', at: 1, keys: ['k1', 42, 'k2'] },
      { page: 7, at: 1, keys: ['k'] },
      null,
      { page: 'https://b/2', at: Number.POSITIVE_INFINITY, keys: ['k'] },
      { page: 'https://c/3', at: 3, keys: ['k3'] },
      { page: 'https://d/4', at: 4, keys: [] },
    ];
    expect(readDismissed(salvage(DismissedPagesSchema, stored) ?? null)).toEqual([
      { page: 'https://a/1', at: 1, keys: ['k1', 'k2'] },
      { page: 'https://c/3', at: 3, keys: ['k3'] },
    ]);
    expect(readDismissed(salvage(DismissedPagesSchema, 'garbage') ?? null)).toEqual([]);
  });
});
