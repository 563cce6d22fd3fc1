import { beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod/mini';
import { outlierNote } from '@/lib/market/outliers';
import { planExtras } from '@/lib/poll/extra-tasks';
import { runPollCycle } from '@/lib/poll/poll-cycle';
import { decimalString } from '@/lib/sources/decimal';
import { type FetchLike, fetchJson } from '@/lib/sources/fetch-json';
import { parseResponse } from '@/lib/sources/parse';
import { describeSourceError } from '@/lib/sources/source-error';
import { BAND_STYLE } from '@/lib/stress/bands';
import { COMPONENTS } from '@/lib/stress/components';
import type { StressDay } from '@/lib/stress/day';
import { readingOf, recordReading } from '@/lib/stress/reading';
import { DAY, MINUTE } from '@/lib/time';
import { caught } from '../helpers/caught';
import { inGerman } from '../helpers/in-german';

/** Each test reads as a German browser would: words from locales/de.yml, numbers and times in `de`. */
beforeEach(inGerman);

const component = (id: string) => COMPONENTS.find((c) => c.id === id) as (typeof COMPONENTS)[number];
const day = (k: number, close: number, low?: StressDay['low']): StressDay => ({
  t: k * DAY,
  close: { BTC: close, ETH: close, SOL: close, XRP: close, BNB: close },
  ...(low && { low, high: { BTC: close, ETH: close, SOL: close, XRP: close, BNB: close } }),
});

// Intl puts a no-break space between a figure and its unit in German: `\s` matches it.
describe('the stress score in German', () => {
  it('says each sentence whole, its figures in German', () => {
    const crash = { BTC: 80, ETH: 80, SOL: 80 };
    const days = [day(0, 100), day(1, 90, crash), day(2, 91, { BTC: 90, ETH: 90, SOL: 90 })];
    expect(component('selloff').describe(days, 2)).toMatch(
      /^die großen Kryptowährungen fielen in den 24 h davor im Schnitt um 20,0\s% bis zu ihrem Tief$/,
    );
    const liquidated = { ...day(0, 100), liqLong24hUsd: 900e6, liqShort24hUsd: 60e6 };
    expect(component('liquidations').describe([liquidated], 0)).toMatch(
      /^900\sMio\.\s\$ Longs und 60\sMio\.\s\$ Shorts in 24 h liquidiert$/,
    );
    const joined = { ...liquidated, liqShort24hUsd: undefined, liqPartial: true };
    expect(component('liquidations').describe([joined], 0)).toMatch(
      /^900\sMio\.\s\$ Longs liquidiert, seit die Streams verbunden sind$/,
    );
  });

  it('says why a reading is missing', () => {
    expect(readingOf(5, [1, 2, 3])).toEqual({ missing: 'Verlauf wird gesammelt, 3 von 30 Tagen' });
    expect(recordReading(105)).toEqual({ missing: 'keine Langzeitreihe zum Vergleich' });
  });

  it('names a band in the language of the moment it is shown, not the one this module loaded in', () => {
    expect(BAND_STYLE.high.label).toBe('Hoch');
    expect(BAND_STYLE.calm.label).toBe('Ruhig');
  });

  it('labels each component, and says what it needs, when it loads in a German browser', async () => {
    vi.resetModules();
    const loaded = await import('@/lib/stress/components');
    expect(loaded.COMPONENTS.map((c) => c.label)).toEqual([
      'Ausverkauf',
      'Schwankung',
      'Liquidationen',
      'Implizite Volatilität',
      'Realisierte Volatilität',
      'Drawdown',
    ]);
    expect(loaded.COMPONENTS.find((c) => c.id === 'impliedVol')?.needs).toBe('benötigt den DVOL von Deribit');
  });
});

describe('the sources in German', () => {
  it('says a host timed out, its seconds in German', async () => {
    const hang: FetchLike = (_, init) =>
      new Promise((_resolve, reject) => {
        init?.signal?.addEventListener('abort', () => reject(init.signal?.reason));
      });
    await expect(fetchJson('https://api.binance.com/api/v3/time', { fetch: hang, timeoutMs: 20 })).rejects.toThrow(
      'api.binance.com hat nicht innerhalb von 0,02 s geantwortet',
    );
  });

  it('says what a changed answer expected and what came, the venue’s names for it as they are', () => {
    const Stats = z.object({ last: decimalString, status: z.enum(['online', 'offline']), open: z.number() });
    const said = (json: unknown) => caught(() => parseResponse(Stats, json, 'api.exchange.coinbase.com', 'stats'));
    expect(said({ last: 'abc', status: 'online', open: 1 }).message).toBe(
      'api.exchange.coinbase.com hat das Format von „stats“ geändert (last: erwartet: Dezimalzahl als Text, erhalten: "abc")',
    );
    expect(said({ last: '1', status: 'gone', open: 1 }).message).toBe(
      'api.exchange.coinbase.com hat das Format von „stats“ geändert (status: erwartet: "online" oder "offline", erhalten: "gone")',
    );
    expect(said({ last: '1', status: 'online' }).message).toBe(
      'api.exchange.coinbase.com hat das Format von „stats“ geändert (open: erwartet: number, erhalten: nichts)',
    );
    const Price = z.object({ last: z.number().check(z.positive()) });
    expect(caught(() => parseResponse(Price, { last: 0 }, 'api.kraken.com', 'ticker')).message).toBe(
      'api.kraken.com hat in „ticker“ eine unmögliche Zahl geschickt (last: erwartet: Zahl über 0, erhalten: 0)',
    );
  });

  it('says an unexpected error around its own message', () => {
    expect(describeSourceError(new TypeError('x is undefined'))).toBe('Unerwarteter Fehler: x is undefined');
  });

  it('says when a venue that is not answering is tried next, the time in German', async () => {
    const at = Date.UTC(2026, 0, 5, 14, 0);
    const result = await runPollCycle({
      now: () => at,
      tasks: [{ id: 'kraken/ticker', venue: 'kraken', cadence: 'cycle', requests: 1, run: async () => ({}) }],
      schedule: {
        venues: { kraken: { failures: 2, notBefore: at + 5 * MINUTE, rateLimited: false } },
        requests: {},
        hourlyRanAt: {},
      },
    });
    const time = new Date(at + 5 * MINUTE).toLocaleTimeString('de', { hour: '2-digit', minute: '2-digit' });
    expect(result.status.sources[0]?.error).toBe(`Antwortet nicht; nächster Versuch ${time}`);
  });

  it('says why a watchlist extra has no price, and which price was left out, in German money', () => {
    const { unquoted } = planExtras(['DOGE', 'PEPE'], { DOGE: { venue: null, at: 0 } }, []);
    expect(unquoted).toEqual([
      { asset: 'DOGE', reason: 'Weder Binance noch Coinbase listet es gegen den Dollar' },
      { asset: 'PEPE', reason: 'Noch nicht nachgeschlagen: Binance und Coinbase haben nicht geantwortet' },
    ]);
    expect(outlierNote([{ venue: 'coinbase', asset: 'BTC', price: 6749, median: 67_490 }])).toMatch(
      /^BTC bei 6\.749,00\s\$ ausgelassen, weit vom Mittel der Börsen \(67\.490\s\$\) entfernt$/,
    );
  });
});
