import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { addressCheck, after, begin, every, running } from '@/entrypoints/news/lifecycle';

describe('the article script’s life on a page', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.restoreAllMocks();
    // Ends the copy a test left running: its timers and listeners never reach the next test.
    begin();
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('a newer copy ends the one already on the page, which stops its timers', () => {
    const first = begin();
    const ended = vi.fn();
    const ticks = vi.fn();
    first.addEventListener('abort', ended);
    every(first, 1_000, ticks);
    vi.advanceTimersByTime(1_000);
    expect(ticks).toHaveBeenCalledTimes(1);

    const second = begin();
    expect(ended).toHaveBeenCalledTimes(1);
    expect(first.aborted).toBe(true);
    expect(running(second)).toBe(true);
    vi.advanceTimersByTime(5_000);
    expect(ticks).toHaveBeenCalledTimes(1);
  });

  it('ends itself at its next timer once its extension is gone, and runs nothing after', () => {
    const life = begin();
    const ended = vi.fn();
    const later = vi.fn();
    life.addEventListener('abort', ended);
    after(life, 1_000, later);
    vi.spyOn(fakeBrowser.runtime, 'id', 'get').mockReturnValue(undefined as unknown as string);
    vi.advanceTimersByTime(1_000);
    expect(later).not.toHaveBeenCalled();
    expect(ended).toHaveBeenCalledTimes(1);
    expect(life.aborted).toBe(true);
  });

  it('sees a single-page site move to another address once, when asked', () => {
    const location = { href: 'https://www.coindesk.com/a' };
    vi.stubGlobal('location', location);
    const moved = vi.fn();
    const check = addressCheck(moved);

    check();
    expect(moved).not.toHaveBeenCalled();
    location.href = 'https://www.coindesk.com/b';
    check();
    check();
    expect(moved).toHaveBeenCalledTimes(1);
    location.href = 'https://www.coindesk.com/c';
    check();
    expect(moved).toHaveBeenCalledTimes(2);
  });
});
