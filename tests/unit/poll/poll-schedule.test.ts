import { describe, expect, it } from 'vitest';
import { polledFor, shouldPollOnWake } from '@/lib/poll/poll-schedule';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings/settings';
import { MINUTE } from '@/lib/time';

describe('poll schedule', () => {
  it('polls on waking only when the last attempt is half an interval old, or there was none', () => {
    expect(shouldPollOnWake(undefined, 0, MINUTE)).toBe(true);
    expect(shouldPollOnWake(0, 29_999, MINUTE)).toBe(false);
    expect(shouldPollOnWake(0, 30_000, MINUTE)).toBe(true);
  });

  it('sees a symbol added or removed, or a venue turned off or on, but not a list reordered', () => {
    const base = polledFor(DEFAULT_SETTINGS);
    expect(polledFor({ ...DEFAULT_SETTINGS, watchlist: [...DEFAULT_SETTINGS.watchlist, 'DOGE'] })).not.toBe(base);
    expect(polledFor({ ...DEFAULT_SETTINGS, watchlist: DEFAULT_SETTINGS.watchlist.slice(1) })).not.toBe(base);
    expect(polledFor({ ...DEFAULT_SETTINGS, disabledVenues: ['okx'] })).not.toBe(base);
    expect(polledFor({ ...DEFAULT_SETTINGS, watchlist: [...DEFAULT_SETTINGS.watchlist].reverse() })).toBe(base);
    const elsewhere: Settings = { ...DEFAULT_SETTINGS, quoteCurrency: 'EUR', pollIntervalMinutes: 5 };
    expect(polledFor(elsewhere)).toBe(base);
  });
});
