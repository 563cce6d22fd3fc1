import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { begin, onAddressChange } from '@/entrypoints/news/lifecycle';

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
    first.onEnd(ended);
    first.every(1_000, ticks);
    vi.advanceTimersByTime(1_000);
    expect(ticks).toHaveBeenCalledTimes(1);

    const second = begin();
    expect(ended).toHaveBeenCalledTimes(1);
    expect(first.ended).toBe(true);
    expect(second.ended).toBe(false);
    vi.advanceTimersByTime(5_000);
    expect(ticks).toHaveBeenCalledTimes(1);
  });

  it('ends itself at its next timer once its extension is gone, and runs nothing after', () => {
    const life = begin();
    const ended = vi.fn();
    const later = vi.fn();
    life.onEnd(ended);
    life.after(1_000, later);
    vi.spyOn(fakeBrowser.runtime, 'id', 'get').mockReturnValue(undefined as unknown as string);
    vi.advanceTimersByTime(1_000);
    expect(later).not.toHaveBeenCalled();
    expect(ended).toHaveBeenCalledTimes(1);
    expect(life.ended).toBe(true);
  });

  it('follows a single-page site to a new address through the Navigation API, until it ends', () => {
    const navigation = new EventTarget();
    const location = { href: 'https://www.coindesk.com/a' };
    vi.stubGlobal('navigation', navigation);
    vi.stubGlobal('location', location);
    const life = begin();
    const moved = vi.fn();
    onAddressChange(life, moved);

    navigation.dispatchEvent(new Event('navigatesuccess'));
    expect(moved).not.toHaveBeenCalled();
    location.href = 'https://www.coindesk.com/b';
    navigation.dispatchEvent(new Event('navigatesuccess'));
    expect(moved).toHaveBeenCalledTimes(1);

    begin();
    location.href = 'https://www.coindesk.com/c';
    navigation.dispatchEvent(new Event('navigatesuccess'));
    expect(moved).toHaveBeenCalledTimes(1);
  });

  it('looks each second in a browser without the Navigation API', () => {
    const location = { href: 'https://decrypt.co/a' };
    vi.stubGlobal('navigation', undefined);
    vi.stubGlobal('location', location);
    const moved = vi.fn();
    onAddressChange(begin(), moved);
    location.href = 'https://decrypt.co/b';
    vi.advanceTimersByTime(1_000);
    expect(moved).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(3_000);
    expect(moved).toHaveBeenCalledTimes(1);
  });
});
