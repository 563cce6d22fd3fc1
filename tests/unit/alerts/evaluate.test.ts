import { describe, expect, it } from 'vitest';
import { AlertSettingsSchema, alertFields, parseAlertFields } from '@/lib/alerts/alert-settings';
import { type AlertState, EMPTY_ALERT_STATE, type LevelAlert } from '@/lib/alerts/alert-state';
import { type AlertInput, evaluateAlerts, isQuiet } from '@/lib/alerts/evaluate';
import { newLevelAlert } from '@/lib/alerts/new-level';
import type { Band } from '@/lib/stress/bands';
import type { StressResult } from '@/lib/stress/result';
import { MINUTE } from '@/lib/time';
import { inGerman } from '../helpers/in-german';

const settings = AlertSettingsSchema.parse({});
const stress = (band: Band, score: number): StressResult => ({
  at: 0,
  score,
  band,
  components: [
    {
      id: 'selloff',
      raw: 16.2,
      reading: 99,
      contribution: 23,
      sentence: 'the majors fell 16.2% on average to their lows in 24 h',
    },
  ],
});
const input = (over: Partial<AlertInput> = {}): AlertInput => ({
  stress: stress('calm', 20),
  prices: { BTC: 93_889 },
  liquidations1h: { long: 0, short: 0 },
  sources: [],
  now: 0,
  hour: 12,
  ...over,
});
const below80k: LevelAlert = { id: 'a', asset: 'BTC', price: 80_000, direction: 'below', createdAt: 0 };

/** Run polls in turn, carrying state as the worker does; returns each poll's notification titles. */
function polls(inputs: AlertInput[], levels: LevelAlert[] = [], start: AlertState = EMPTY_ALERT_STATE) {
  let state = start;
  let current = levels;
  return inputs.map((poll) => {
    const outcome = evaluateAlerts(state, current, settings, poll);
    state = outcome.state;
    current = outcome.levels;
    return outcome.notifications.map((n) => n.title);
  });
}

describe('alerts', () => {
  it('from calm to crash: one band alert and one level alert, then nothing on the next poll', () => {
    const crash = input({ stress: stress('extreme', 88), prices: { BTC: 49_000 }, now: MINUTE });
    expect(polls([input(), crash, { ...crash, now: 2 * MINUTE }], [below80k])).toEqual([
      [],
      ['Market stress extreme: 88/100', 'BTC fell below $80,000'],
      [],
    ]);
  });

  it('says why in one line, and remembers what it said', () => {
    const outcome = evaluateAlerts(
      EMPTY_ALERT_STATE,
      [below80k],
      settings,
      input({ stress: stress('high', 70), prices: { BTC: 79_000 } }),
    );
    expect(outcome.notifications.map((n) => n.message)).toEqual([
      'The majors fell 16.2% on average to their lows in 24 h',
      'Bitcoin is at $79,000',
    ]);
    expect(outcome.levels[0]?.firedAt).toBe(0);
    expect(outcome.state.recent.map((r) => r.kind)).toEqual(['band', 'level']);
  });

  it('alerts again when the band rises again after the cool-down, not before', () => {
    const at = (band: Band, minutes: number) =>
      input({ stress: stress(band, band === 'calm' ? 20 : 85), now: minutes * MINUTE });
    expect(polls([at('extreme', 0), at('calm', 10), at('extreme', 20), at('calm', 30), at('extreme', 61)])).toEqual([
      ['Market stress extreme: 85/100'],
      [],
      [],
      [],
      ['Market stress extreme: 85/100'],
    ]);
  });

  it('does not alert below the band the user chose', () => {
    expect(polls([input({ stress: stress('elevated', 55) })])).toEqual([[]]);
  });

  it('tells of a liquidation burst once per cool-down', () => {
    const burst = input({ liquidations1h: { long: 150e6, short: 1e6 } });
    expect(polls([burst, { ...burst, now: 30 * MINUTE }, { ...burst, now: 61 * MINUTE }])).toEqual([
      ['Liquidation burst: $150M of longs in an hour'],
      [],
      ['Liquidation burst: $150M of longs in an hour'],
    ]);
  });

  it('tells of a venue down only when the user asked, once per outage', () => {
    const down = (minutes: number) =>
      input({
        now: minutes * MINUTE,
        sources: [{ venue: 'deribit', state: 'failing', at: 0, error: 'www.deribit.com answered HTTP 503' }],
      });
    expect(polls([down(0), down(30)])).toEqual([[], []]);
    let state = EMPTY_ALERT_STATE;
    const titles: string[][] = [];
    for (const minutes of [0, 10, 16, 30]) {
      const outcome = evaluateAlerts(state, [], { ...settings, venueDownMinutes: 15 }, down(minutes));
      state = outcome.state;
      titles.push(outcome.notifications.map((n) => n.title));
    }
    expect(titles).toEqual([[], [], ['Deribit has been down for 16 minutes'], []]);
  });

  it('never loses a level crossed during a cool-down, even if the price turns back', () => {
    const below90k: LevelAlert = { ...below80k, id: 'b', price: 90_000 };
    const first = evaluateAlerts(EMPTY_ALERT_STATE, [below80k, below90k], settings, input({ prices: { BTC: 85_000 } }));
    expect(first.notifications.map((n) => n.title)).toEqual(['BTC fell below $90,000']);
    const dip = evaluateAlerts(
      first.state,
      first.levels,
      settings,
      input({ prices: { BTC: 79_000 }, now: 10 * MINUTE }),
    );
    expect(dip.notifications).toEqual([]);
    const later = evaluateAlerts(dip.state, dip.levels, settings, input({ prices: { BTC: 95_000 }, now: 61 * MINUTE }));
    expect(later.notifications.map((n) => n.title)).toEqual(['BTC fell below $80,000']);
    expect(later.levels.every((level) => level.firedAt !== undefined)).toBe(true);
  });

  it('keeps quiet in quiet hours, and a level waits for the morning', () => {
    const night = { ...settings, quietHours: { from: 22, to: 7 } };
    const crossed = input({ prices: { BTC: 79_000 }, hour: 23 });
    const first = evaluateAlerts(EMPTY_ALERT_STATE, [below80k], night, crossed);
    expect(first.notifications).toEqual([]);
    const morning = evaluateAlerts(first.state, first.levels, night, { ...crossed, hour: 7 });
    expect(morning.notifications.map((n) => n.title)).toEqual(['BTC fell below $80,000']);
    expect([isQuiet(night.quietHours, 6), isQuiet(night.quietHours, 12), isQuiet(null, 3)]).toEqual([
      true,
      false,
      false,
    ]);
  });

  it('makes a level alert from what the user typed, or says why not', () => {
    expect(newLevelAlert('BTC', '80,000', 93_889, 5)).toEqual({
      alert: { id: 'BTC-80000-5', asset: 'BTC', price: 80_000, direction: 'below', createdAt: 5 },
    });
    expect(newLevelAlert('BTC', '$100000', 93_889, 5)).toMatchObject({ alert: { direction: 'above' } });
    expect(newLevelAlert('BTC', 'lots', 93_889, 5)).toEqual({
      error: 'Enter a price in US dollars, like 80000 or 80,000.',
    });
    expect(newLevelAlert('BTC', '-5', 93_889, 5)).toHaveProperty('error');
    expect(newLevelAlert('ETH', '2000', undefined, 5)).toHaveProperty('error');
  });

  it('says why not in German', () => {
    inGerman();
    expect(newLevelAlert('BTC', 'lots', 93_889, 5)).toEqual({
      error: 'Geben Sie einen Preis in US-Dollar ein, etwa 80000 oder 80.000.',
    });
    // A German types the thousands with a point: never an alert at $80.
    expect(newLevelAlert('BTC', '80.000', 93_889, 5)).toMatchObject({ alert: { price: 80_000 } });
    expect(newLevelAlert('BTC', '80.000,5', 93_889, 5)).toMatchObject({ alert: { price: 80_000.5 } });
    expect(newLevelAlert('ETH', '2000', 2000, 5)).toEqual({ error: 'ETH steht gerade genau bei diesem Preis.' });
  });
});

describe('alert fields', () => {
  it('reads what the options page typed, or says what is wrong with each', () => {
    expect(alertFields(settings)).toEqual({
      cooldownMinutes: '60',
      liquidationBurstMillions: '100',
      venueDownMinutes: '',
    });
    expect(parseAlertFields({ cooldownMinutes: '30', liquidationBurstMillions: '', venueDownMinutes: '15' })).toEqual({
      values: { cooldownMinutes: 30, liquidationBurstUsd: null, venueDownMinutes: 15 },
    });
    expect(parseAlertFields({ cooldownMinutes: '0', liquidationBurstMillions: 'x', venueDownMinutes: '2' })).toEqual({
      errors: [
        'The cool-down must be a whole number of minutes, from 1 to 1440.',
        'The liquidation threshold must be a number of millions of dollars, or empty to turn it off.',
        'A venue-down alert needs a whole number of minutes, 5 or more, or empty to turn it off.',
      ],
    });
  });
});
