import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, validateSettings } from '@/lib/settings/settings';
import { readSettings, settingsItem } from '@/lib/storage/items';

describe('settings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reads the defaults when nothing is stored, or what is stored does not validate', async () => {
    await expect(readSettings()).resolves.toEqual(DEFAULT_SETTINGS);
    await fakeBrowser.storage.sync.set({ settings: { pollIntervalMinutes: 7 } });
    await expect(readSettings()).resolves.toEqual(DEFAULT_SETTINGS);
  });

  it('migrates a version-1 value: the user’s choice stays, the new fields take their defaults', async () => {
    await fakeBrowser.storage.sync.set({ settings: { liquidationStreams: false }, settings$: { v: 1 } });
    await settingsItem.raw.migrate();
    const stored = await fakeBrowser.storage.sync.get(['settings', 'settings$']);
    expect(stored.settings).toEqual({ ...DEFAULT_SETTINGS, liquidationStreams: false });
    expect(stored.settings$).toEqual({ v: 5 });
  });

  it('migrates a version-2 value: everything the user chose stays, and no sites are added yet', async () => {
    const { userNewsSites: _v3, quoteCurrency: _v4, ...defaultsOfV2 } = DEFAULT_SETTINGS;
    const v2 = { ...defaultsOfV2, watchlist: ['ETH', 'BTC'], disabledNewsSites: ['decrypt.co'] };
    await fakeBrowser.storage.sync.set({ settings: v2, settings$: { v: 2 } });
    await settingsItem.raw.migrate();
    const stored = await fakeBrowser.storage.sync.get(['settings', 'settings$']);
    expect(stored.settings).toEqual({ ...v2, userNewsSites: [], quoteCurrency: 'USD' });
    expect(stored.settings$).toEqual({ v: 5 });
    await expect(readSettings()).resolves.toMatchObject({ watchlist: ['ETH', 'BTC'], userNewsSites: [] });
  });

  it('migrates a version-3 value to prices in USD, as it showed them', async () => {
    const { quoteCurrency: _v4, ...defaultsOfV3 } = DEFAULT_SETTINGS;
    const v3 = { ...defaultsOfV3, userNewsSites: ['news.example.com'], pollIntervalMinutes: 5 };
    await fakeBrowser.storage.sync.set({ settings: v3, settings$: { v: 3 } });
    await settingsItem.raw.migrate();
    await expect(readSettings()).resolves.toEqual({ ...v3, quoteCurrency: 'USD' });
  });

  it('migrates a version-4 watchlist to version 5 as it was', async () => {
    const v4 = { ...DEFAULT_SETTINGS, watchlist: ['SOL', 'BTC'], quoteCurrency: 'EUR' };
    await fakeBrowser.storage.sync.set({ settings: v4, settings$: { v: 4 } });
    await settingsItem.raw.migrate();
    const stored = await fakeBrowser.storage.sync.get(['settings', 'settings$']);
    expect(stored).toEqual({ settings: v4, settings$: { v: 5 } });
    await expect(readSettings()).resolves.toEqual(v4);
  });

  it('takes any symbol into the watchlist, majors or not, in the user’s order', () => {
    const input = { ...DEFAULT_SETTINGS, watchlist: ['DOGE', 'BTC', '1INCH', 'PEPE'] };
    expect(validateSettings(input)).toEqual({ settings: input });
  });

  it.each([
    ['lowercase', ['doge']],
    ['a pair, not a symbol', ['DOGE/USDT']],
    ['one letter', ['X']],
    ['sixteen characters', ['ABCDEFGHIJKLMNOP']],
    ['more than twenty symbols', Array.from({ length: 21 }, (_, k) => `AA${k}`)],
  ])('refuses a watchlist with %s, and changes nothing', (_, watchlist) => {
    expect(validateSettings({ ...DEFAULT_SETTINGS, watchlist })).toEqual({
      errors: ['Those settings could not be read. Nothing was changed.'],
    });
  });

  it('refuses a symbol listed twice', () => {
    expect(validateSettings({ ...DEFAULT_SETTINGS, watchlist: ['DOGE', 'BTC', 'DOGE'] })).toEqual({
      errors: ['List each symbol only once.'],
    });
  });

  it('keeps the sites a user added, and refuses a stored site that is not a host name', async () => {
    const settings = { ...DEFAULT_SETTINGS, userNewsSites: ['news.example.com'] };
    await settingsItem.set(settings);
    await expect(readSettings()).resolves.toEqual(settings);
    expect(validateSettings({ ...DEFAULT_SETTINGS, userNewsSites: ['https://news.example.com/*'] })).toHaveProperty(
      'errors',
    );
  });

  it('accepts what the options page may submit', () => {
    const input = {
      ...DEFAULT_SETTINGS,
      watchlist: ['ETH', 'BTC'],
      pollIntervalMinutes: 5,
      disabledVenues: ['kraken'],
      quoteCurrency: 'EUR',
    };
    expect(validateSettings(input)).toEqual({ settings: input });
  });

  it('refuses an empty watchlist, or no spot venue, with a message for each', () => {
    const result = validateSettings({
      ...DEFAULT_SETTINGS,
      watchlist: [],
      disabledVenues: ['binance-spot', 'coinbase', 'kraken'],
    });
    expect(result).toEqual({
      errors: [
        'Keep at least one asset in the watchlist.',
        'Keep at least one of Binance, Coinbase or Kraken on: prices come from the spot venues.',
      ],
    });
  });

  it('refuses what it cannot read, and says nothing was changed', () => {
    expect(validateSettings({ ...DEFAULT_SETTINGS, pollIntervalMinutes: 3 })).toEqual({
      errors: ['Those settings could not be read. Nothing was changed.'],
    });
    expect(validateSettings({ ...DEFAULT_SETTINGS, watchlist: ['doge'] })).toHaveProperty('errors');
    expect(validateSettings({ ...DEFAULT_SETTINGS, quoteCurrency: 'BTC' })).toHaveProperty('errors');
  });
});

describe('the badge setting', () => {
  it('shows the score unless the user chose otherwise, and settings stored before it read so', async () => {
    expect(DEFAULT_SETTINGS.badge).toEqual({ shows: 'score', symbol: 'BTC' });
    await fakeBrowser.storage.sync.set({ settings: { watchlist: ['BTC', 'DOGE'] }, settings$: { v: 5 } });
    await expect(readSettings()).resolves.toMatchObject({ badge: { shows: 'score', symbol: 'BTC' } });
  });

  it('keeps what can be read of a broken choice', async () => {
    await fakeBrowser.storage.sync.set({
      settings: { badge: { shows: 'volume', symbol: 'DOGE' } },
      settings$: { v: 5 },
    });
    await expect(readSettings()).resolves.toMatchObject({ badge: { shows: 'score', symbol: 'DOGE' } });
  });

  it('refuses a symbol on the badge that is not in the watchlist, and says so', () => {
    const settings = { ...DEFAULT_SETTINGS, badge: { shows: 'price' as const, symbol: 'DOGE' } };
    expect(validateSettings(settings)).toEqual({
      errors: ['The badge shows DOGE: keep it in the watchlist, or choose another symbol for the badge.'],
    });
    expect(validateSettings({ ...settings, watchlist: ['BTC', 'DOGE'] })).toHaveProperty('settings');
    expect(validateSettings({ ...settings, badge: { shows: 'score', symbol: 'DOGE' } })).toHaveProperty('settings');
  });
});

describe('move alerts in the settings', () => {
  const moves = [
    { symbol: 'DOGE', window: '1h' as const, percent: 5 },
    { symbol: 'PEPE', window: '24h' as const, percent: 20 },
  ];

  it('watch only symbols in the watchlist, each alert once', () => {
    expect(validateSettings({ ...DEFAULT_SETTINGS, alerts: { ...DEFAULT_SETTINGS.alerts, moves } })).toEqual({
      errors: ['Move alerts watch DOGE and PEPE: keep them in the watchlist, or remove those alerts.'],
    });
    const watched = { ...DEFAULT_SETTINGS, watchlist: ['BTC', 'DOGE', 'PEPE'] };
    expect(validateSettings({ ...watched, alerts: { ...DEFAULT_SETTINGS.alerts, moves } })).toHaveProperty('settings');
    const twice = [...moves, { ...moves[0] }];
    expect(validateSettings({ ...watched, alerts: { ...DEFAULT_SETTINGS.alerts, moves: twice } })).toEqual({
      errors: ['Set each move alert only once.'],
    });
  });
});
