import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { registerMessageHandlers } from '@/entrypoints/background/messages';
import { AlertSettingsSchema } from '@/lib/alerts/alert-settings';
import { type AlertState, EMPTY_ALERT_STATE, type LevelAlert } from '@/lib/alerts/alert-state';
import { type AlertInput, evaluateAlerts } from '@/lib/alerts/evaluate';
import { describeMoveAlert } from '@/lib/alerts/moves';
import { badgeState } from '@/lib/badge/badge-state';
import type { MarketSnapshot } from '@/lib/market/snapshot';
import { MINUTE } from '@/lib/time';
import { inGerman } from '../helpers/in-german';

/** Intl puts a no-break space between a figure and its sign in German; read here as a space. */
const plain = (text: string) => text.replaceAll('\u00a0', ' ');

const snapshot: MarketSnapshot = {
  takenAt: 0,
  assets: [{ asset: 'BTC', price: 67_490, change24hPct: -1.88, venues: ['binance-spot'] }],
  extras: [{ asset: 'DOGE', price: 0.0982, change24hPct: 3.4, venues: ['binance-spot'] }],
};
const badge = { snapshot, status: null, stress: null, now: 0, pollIntervalMs: MINUTE };

const settings = AlertSettingsSchema.parse({
  venueDownMinutes: 15,
  moves: [{ symbol: 'ETH', window: '24h', percent: 2.5 }],
});
const poll = (over: Partial<AlertInput>): AlertInput => ({
  stress: null,
  prices: {},
  liquidations1h: null,
  sources: [],
  now: 0,
  hour: 12,
  ...over,
});
/** Each notification a poll sends, "title | message". */
const notified = (input: AlertInput, levels: LevelAlert[] = [], state: AlertState = EMPTY_ALERT_STATE) =>
  evaluateAlerts(state, levels, settings, input).notifications.map(({ title, message }) =>
    plain(`${title} | ${message}`),
  );

describe('the badge and the alerts in German', () => {
  beforeEach(() => inGerman());

  it('say what the badge shows, its figure with a German decimal comma', () => {
    expect(badgeState({ ...badge, snapshot: null }).title).toBe('Undertow — Marktdaten werden geladen…');
    const doge = badgeState({ ...badge, choice: { shows: 'change', symbol: 'DOGE' } });
    expect(doge.text).toBe('+3,4');
    expect(plain(doge.title).split('\n').slice(0, 2)).toEqual([
      'Undertow — DOGE 0,0982 $, +3,40 % in 24 h',
      'Noch nicht genug Daten für einen Stress-Score',
    ]);
    expect(doge.title).toMatch(/\nAktualisiert um \d\d:\d\d$/);
    const stale = badgeState({ ...badge, now: 4 * MINUTE });
    expect(plain(stale.title).split('\n')).toEqual([
      'Undertow — noch nicht genug Daten für einen Stress-Score',
      'Bitcoin 67.490 $',
      expect.stringMatching(/^Veraltet — zuletzt aktualisiert um \d\d:\d\d$/),
    ]);
  });

  it('notify of a level, a burst, a venue down and a move in German, with German figures', () => {
    const level: LevelAlert = { id: 'a', asset: 'BTC', price: 80_000, direction: 'below', createdAt: 0 };
    expect(notified(poll({ prices: { BTC: 79_000 } }), [level])).toEqual([
      'BTC ist unter 80.000 $ gefallen | Bitcoin steht bei 79.000 $',
    ]);
    expect(notified(poll({ liquidations1h: { long: 1e6, short: 150e6 } }))).toEqual([
      'Liquidationswelle: Shorts über 150 Mio. $ in einer Stunde | Über Ihrer Schwelle von 100 Mio. $; Shorts geraten bei steigenden Preisen unter Druck.',
    ]);
    const down = { venue: 'deribit' as const, state: 'failing' as const, at: 0 };
    const since = { ...EMPTY_ALERT_STATE, venueDown: { deribit: { since: 0, notified: false } } };
    expect(notified(poll({ sources: [down], now: 16 * MINUTE }), [], since)).toEqual([
      'Deribit ist seit 16 Minuten nicht erreichbar | Die Börse antwortet nicht.',
    ]);
    expect(notified(poll({ quotes: { ETH: { price: 1985.4, change24hPct: -4 } } }))).toEqual([
      'ETH ist in 24 h um 4,0 % gefallen | Ethereum steht bei 1.985,40 $; Ihr Alarm: mehr als 2,5 % in 24 h, in beide Richtungen',
    ]);
  });

  it('describe a move alert with its threshold as typed, in German', () => {
    expect(plain(describeMoveAlert({ symbol: 'ETH', window: '1h', percent: 2.5 }))).toBe(
      'ETH bewegt sich in 1 h um mehr als 2,5 %',
    );
  });

  it('answer a page in German', async () => {
    fakeBrowser.reset();
    registerMessageHandlers();
    const ask = async (type: string, data: unknown, url: string) =>
      (await fakeBrowser.runtime.onMessage.trigger({ type, data }, { id: fakeBrowser.runtime.id, url }, () => {}))[0];
    expect(await ask('watchLevel', { asset: 'DOGE', price: 1 }, 'https://news.example/a')).toEqual({
      error: 'Undertow verfolgt BTC, ETH, SOL, XRP und BNB; DOGE kann es nicht beobachten.',
    });
    const claim = { kind: 'price', asset: 'BTC', value: 67_000, unit: 'USD', start: 0, end: 7 };
    expect(await ask('dismissFigure', { claim }, 'about:blank')).toEqual({
      error: 'Undertow kann sich Zahlen nur auf Webseiten merken.',
    });
  });
});

describe('a move alert in English', () => {
  it('keeps every digit of its threshold', () => {
    expect(describeMoveAlert({ symbol: 'SOL', window: '24h', percent: 2.75 })).toBe(
      'SOL moves more than 2.75% in 24 h',
    );
  });
});
