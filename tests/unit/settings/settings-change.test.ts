import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings/settings';
import { mergeSettings } from '@/lib/settings/settings-change';
import { withUserSite } from '@/lib/sites/user-sites';

const settings = (change: Partial<Settings> = {}): Settings => ({ ...DEFAULT_SETTINGS, ...change });

describe('a page’s change, made to the settings stored now', () => {
  it('leaves on a site the popup turned on after the options page read the settings', () => {
    const read = settings({ disabledNewsSites: ['decrypt.co'], userNewsSites: ['news.example.com'] });
    const stored = withUserSite(
      { ...read, disabledNewsSites: [...read.disabledNewsSites, 'letters.example.com'] },
      'letters.example.com',
    );
    const saved = { ...read, pollIntervalMinutes: 5 };
    expect(mergeSettings(stored, read, saved)).toEqual({ ...stored, pollIntervalMinutes: 5 });
  });

  it('switches only the sites and venues the page switched, whatever else changed meanwhile', () => {
    const read = settings({ disabledNewsSites: ['decrypt.co'], disabledVenues: ['kraken'] });
    const stored = settings({ disabledNewsSites: ['decrypt.co', 'cointelegraph.com'], disabledVenues: [] });
    const saved = settings({ disabledNewsSites: ['www.gate.com'], disabledVenues: ['kraken', 'okx'] });
    expect(mergeSettings(stored, read, saved)).toMatchObject({
      disabledNewsSites: ['cointelegraph.com', 'www.gate.com'],
      disabledVenues: ['okx'],
    });
  });

  it('changes one alert setting without putting back another changed meanwhile', () => {
    const read = settings();
    const stored = settings({ alerts: { ...read.alerts, cooldownMinutes: 15 } });
    const saved = settings({ alerts: { ...read.alerts, band: 'elevated' } });
    expect(mergeSettings(stored, read, saved).alerts).toEqual({
      ...read.alerts,
      cooldownMinutes: 15,
      band: 'elevated',
    });
  });

  it('keeps the watchlist as the page ordered it, a list whose order is the choice', () => {
    const read = settings();
    const saved = settings({ watchlist: ['ETH', 'BTC'] });
    expect(mergeSettings(settings({ watchlist: ['BTC'] }), read, saved).watchlist).toEqual(['ETH', 'BTC']);
  });
});
