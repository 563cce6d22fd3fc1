import { describe, expect, it } from 'vitest';
import { popupNotices } from '@/entrypoints/popup/popup-notices';
import { USD_MONEY } from '@/lib/format/quote-currency';
import { formatRelative } from '@/lib/format/relative-time';
import { everyVenueFailing, type MarketSnapshot, type PollStatus } from '@/lib/market/snapshot';
import { MINUTE } from '@/lib/time';
import { inGerman } from '../helpers/in-german';

const snapshot: MarketSnapshot = { takenAt: 0, assets: [] };
const status = (...states: Array<'ok' | 'failing'>): PollStatus => ({
  attemptedAt: 0,
  sources: states.map((state, k) => ({
    venue: (['binance-spot', 'deribit', 'kraken'] as const)[k] ?? 'okx',
    state,
    at: 0,
  })),
});
const base = {
  snapshot,
  status: status('ok', 'ok'),
  backfilling: false,
  online: true,
  now: 0,
  pollIntervalMs: MINUTE,
  money: USD_MONEY,
  storage: null,
};
const kinds = (input: Parameters<typeof popupNotices>[0]) => popupNotices(input).map((notice) => notice.kind);

describe('popup notices', () => {
  it('says nothing when all is well', () => {
    expect(popupNotices(base)).toEqual([]);
  });

  it('says when storage is full, and what Undertow did about it', () => {
    expect(popupNotices({ ...base, storage: { at: 0, trimmed: false, refused: true } })).toEqual([
      {
        kind: 'storage',
        text: 'Storage is full: Undertow keeps polling and alerting, but this shows the market as last saved.',
      },
    ]);
    expect(popupNotices({ ...base, storage: { at: 0, trimmed: true, refused: false } })[0]?.text).toMatch(
      /^Storage was full at \d\d?:\d\d( [AP]M)?: the oldest history was dropped to make room\.$/,
    );
  });

  it('names the venues that are missing', () => {
    expect(popupNotices({ ...base, status: status('ok', 'failing') })).toEqual([
      { kind: 'venues-failing', text: 'Deribit is not answering: its figures are left out.' },
    ]);
    expect(popupNotices({ ...base, status: status('ok', 'failing', 'failing') })[0]?.text).toBe(
      'Deribit, Kraken are not answering: their figures are left out.',
    );
  });

  it('says why each venue is missing', () => {
    const mixed: PollStatus = {
      attemptedAt: 0,
      sources: [
        { venue: 'binance-spot', state: 'blocked', at: 0 },
        { venue: 'okx', state: 'waiting', at: 0 },
        { venue: 'kraken', state: 'ok', at: 0 },
      ],
    };
    expect(popupNotices({ ...base, status: mixed })[0]?.text).toBe(
      'Binance is not available in your region; OKX is waiting out a rate limit: their figures are left out.',
    );
  });

  it('does not count a venue held back by our budget as missing while its figures of the minute are in', () => {
    const held: PollStatus = {
      attemptedAt: 0,
      sources: [
        {
          venue: 'kraken',
          state: 'waiting',
          at: 0,
          error: 'Holding back to stay within its rate limit',
          figuresFrom: 0,
        },
        { venue: 'hyperliquid', state: 'waiting', at: 0, error: 'Holding back to stay within its rate limit' },
      ],
    };
    expect(popupNotices({ ...base, status: held })).toEqual([
      { kind: 'venues-failing', text: 'Hyperliquid is waiting out a rate limit: its figures are left out.' },
    ]);
    expect(everyVenueFailing(held)).toBe(false);
    expect(everyVenueFailing({ ...held, sources: held.sources.slice(1) })).toBe(true);
  });

  it('puts offline first, and does not also blame the venues', () => {
    expect(kinds({ ...base, online: false, status: status('failing', 'failing') })).toEqual(['offline']);
  });

  it('says every venue failed, and how old the market shown is', () => {
    expect(popupNotices({ ...base, status: status('failing', 'failing'), now: 5 * MINUTE })).toEqual([
      { kind: 'all-failing', text: 'No venue answered the last poll. Showing the market as of 5 minutes ago.' },
    ]);
  });

  it('says stale after three missed intervals, and backfilling while history fills in', () => {
    expect(kinds({ ...base, now: 3 * MINUTE })).toEqual([]);
    expect(kinds({ ...base, now: 3 * MINUTE + 1, backfilling: true })).toEqual(['stale', 'backfilling']);
  });

  it('says it in German, in whole sentences that agree with the number of venues', () => {
    inGerman();
    expect(popupNotices({ ...base, status: status('ok', 'failing') })[0]?.text).toBe(
      'Deribit antwortet nicht: Die Zahlen dieser Börse fehlen.',
    );
    expect(popupNotices({ ...base, status: status('ok', 'failing', 'failing') })[0]?.text).toBe(
      'Deribit, Kraken antworten nicht: Die Zahlen dieser Börsen fehlen.',
    );
    expect(popupNotices({ ...base, status: status('failing', 'failing'), now: 5 * MINUTE })[0]?.text).toBe(
      'Bei der letzten Abfrage hat keine Börse geantwortet. Angezeigter Stand: vor 5 Minuten.',
    );
    expect(popupNotices({ ...base, snapshot: null, online: false })[0]?.text).toBe('Sie sind offline.');
    expect(
      popupNotices({ ...base, storage: { at: Date.UTC(2026, 1, 12, 7, 5), trimmed: true, refused: false } })[0]?.text,
    ).toMatch(/^Der Speicher war um \d\d:\d\d voll: /);
  });
});

describe('relative time', () => {
  it('reads like a person would say it', () => {
    expect(formatRelative(0, 10_000, 'en-US')).toBe('now');
    expect(formatRelative(0, MINUTE, 'en-US')).toBe('1 minute ago');
    expect(formatRelative(0, 90 * MINUTE, 'en-US')).toBe('2 hours ago');
    expect(formatRelative(0, 3 * 24 * 60 * MINUTE, 'en-US')).toBe('3 days ago');
  });

  it('says why prices are in dollars, or how old the rate they are shown at is', () => {
    expect(popupNotices({ ...base, money: { ...USD_MONEY, missing: 'EUR' } })).toEqual([
      {
        kind: 'currency',
        text: 'Prices in US dollars: no Euro rate yet (it comes from Kraken, which has not answered).',
      },
    ]);
    const staleSince = Date.UTC(2026, 1, 12, 7, 5);
    const [notice] = popupNotices({ ...base, money: { currency: 'GBP', perUsd: 0.79, staleSince } });
    expect(notice?.text).toMatch(/^British Pound rate from .+: Kraken has not answered since\.$/);
    expect(kinds({ ...base, money: { currency: 'GBP', perUsd: 0.79 } })).toEqual([]);
  });
});
