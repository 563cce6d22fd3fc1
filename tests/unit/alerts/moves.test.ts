import { describe, expect, it } from 'vitest';
import { AlertSettingsSchema, type MoveAlert, readMovePercent } from '@/lib/alerts/alert-settings';
import { type AlertState, EMPTY_ALERT_STATE } from '@/lib/alerts/alert-state';
import { type AlertInput, evaluateAlerts } from '@/lib/alerts/evaluate';
import { extendTrail, type MoveQuote, moveOf, type Trail } from '@/lib/alerts/moves';
import { HOUR, MINUTE } from '@/lib/time';

const btc1h: MoveAlert = { symbol: 'BTC', window: '1h', percent: 5 };
const eth24h: MoveAlert = { symbol: 'ETH', window: '24h', percent: 3 };
const doge1h: MoveAlert = { symbol: 'DOGE', window: '1h', percent: 10 };

const settingsWith = (moves: MoveAlert[], quietHours: { from: number; to: number } | null = null) =>
  AlertSettingsSchema.parse({ moves, quietHours, band: null, liquidationBurstUsd: null });

const input = (now: number, quotes: Record<string, MoveQuote>, hour = 12): AlertInput => ({
  stress: null,
  prices: {},
  quotes,
  liquidations1h: null,
  sources: [],
  now,
  hour,
});

/** Polls a minute apart, state carried as the worker carries it; each poll's notification titles. */
function polls(
  moves: MoveAlert[],
  quotesAt: (minute: number) => Record<string, MoveQuote>,
  minutes: number[],
  quietHours?: { from: number; to: number },
  hourAt = (_: number) => 12,
) {
  const settings = settingsWith(moves, quietHours ?? null);
  let state: AlertState = EMPTY_ALERT_STATE;
  return minutes.map((minute) => {
    const outcome = evaluateAlerts(state, [], settings, input(minute * MINUTE, quotesAt(minute), hourAt(minute)));
    state = outcome.state;
    return outcome.notifications.map((notification) => notification.title);
  });
}

describe('move alerts', () => {
  it('fire on a 24 h move past the threshold either way, once, and again only after it came back within', () => {
    const change = [-1, -3.5, -4, -2, 3.2, 3.3];
    const fired = polls(
      [eth24h],
      (minute) => ({ ETH: { price: 2000, change24hPct: change[minute / 61] as number } }),
      [0, 61, 122, 183, 244, 305],
    );
    expect(fired).toEqual([[], ['ETH fell 3.5% in 24 h'], [], [], ['ETH rose 3.2% in 24 h'], []]);
  });

  it('measure an hour’s move from the prices noted at earlier polls, a watchlist extra’s too', () => {
    // BTC slides from 100,000 by 0.1 % a minute; DOGE jumps 12 % at minute 70.
    const quotes = (minute: number) => ({
      BTC: { price: 100_000 * (1 - 0.001 * minute) },
      DOGE: { price: minute >= 70 ? 0.112 : 0.1 },
    });
    const minutes = Array.from({ length: 80 }, (_, minute) => minute);
    const fired = polls([btc1h, doge1h], quotes, minutes);
    // Nothing can be said before an hour is seen; BTC is 5 % down over an hour from minute 50 on,
    // but the first hour's price is known only at minute 60.
    expect(fired.findIndex((titles) => titles.length > 0)).toBe(60);
    expect(fired[60]).toEqual(['BTC fell 6.0% in 1 h']);
    expect(fired[70]).toEqual(['DOGE rose 12.0% in 1 h']);
    expect(fired.flat()).toHaveLength(2);
  });

  it('each have a cool-down of their own, and wait out quiet hours, firing after if the move holds', () => {
    const settings = settingsWith([eth24h, { symbol: 'BTC', window: '24h', percent: 3 }]);
    const first = evaluateAlerts(EMPTY_ALERT_STATE, [], settings, input(0, { ETH: { price: 2000, change24hPct: -4 } }));
    expect(first.notifications.map((n) => n.title)).toEqual(['ETH fell 4.0% in 24 h']);
    const second = evaluateAlerts(
      first.state,
      [],
      settings,
      input(MINUTE, { ETH: { price: 2000, change24hPct: -4 }, BTC: { price: 60_000, change24hPct: -5 } }),
    );
    expect(second.notifications.map((n) => n.title)).toEqual(['BTC fell 5.0% in 24 h']);
    // ETH comes back and goes again within its cool-down: it waits for the cool-down.
    const calm = evaluateAlerts(
      second.state,
      [],
      settings,
      input(2 * MINUTE, { ETH: { price: 2000, change24hPct: -1 } }),
    );
    const again = evaluateAlerts(
      calm.state,
      [],
      settings,
      input(3 * MINUTE, { ETH: { price: 2000, change24hPct: -6 } }),
    );
    expect(again.notifications).toEqual([]);
    const cooled = evaluateAlerts(again.state, [], settings, input(HOUR, { ETH: { price: 2000, change24hPct: -6 } }));
    expect(cooled.notifications.map((n) => n.title)).toEqual(['ETH fell 6.0% in 24 h']);

    const quiet = settingsWith([eth24h], { from: 22, to: 7 });
    const night = evaluateAlerts(
      EMPTY_ALERT_STATE,
      [],
      quiet,
      input(0, { ETH: { price: 2000, change24hPct: -4 } }, 23),
    );
    expect(night.notifications).toEqual([]);
    const morning = evaluateAlerts(
      night.state,
      [],
      quiet,
      input(8 * HOUR, { ETH: { price: 2000, change24hPct: -4 } }, 7),
    );
    expect(morning.notifications.map((n) => n.title)).toEqual(['ETH fell 4.0% in 24 h']);
  });

  it('say where the price is and what was asked, name the symbol for the record, and combine in one notification', () => {
    const settings = settingsWith([eth24h, { symbol: 'BTC', window: '24h', percent: 3 }]);
    const outcome = evaluateAlerts(
      EMPTY_ALERT_STATE,
      [],
      settings,
      input(0, {
        ETH: { price: 1985.4, change24hPct: -4 },
        BTC: { price: 63_990, change24hPct: -5.2 },
      }),
    );
    expect(outcome.notifications).toEqual([
      {
        kind: 'move',
        title: 'ETH fell 4.0% in 24 h; BTC fell 5.2% in 24 h',
        message:
          'Ethereum is at $1,985.40; your alert: more than 3% either way in 24 h; Bitcoin is at $63,990; your alert: more than 3% either way in 24 h',
        asset: 'ETH',
      },
    ]);
    expect(outcome.state.recent[0]).toMatchObject({ kind: 'move', asset: 'ETH' });
  });
});

describe('the trail an hour’s move is measured from', () => {
  const rules = [btc1h];
  it('keeps a price every two minutes at most, for the symbols watched over an hour, for 75 minutes', () => {
    let trail: Trail = {};
    for (let minute = 0; minute <= 200; minute++) {
      trail = extendTrail(
        trail,
        [...rules, eth24h],
        { BTC: { price: 1 + minute }, ETH: { price: 2000 } },
        minute * MINUTE,
      );
    }
    expect(Object.keys(trail)).toEqual(['BTC']);
    const samples = trail.BTC ?? [];
    expect(samples.length).toBeLessThanOrEqual(38);
    expect((samples[0]?.t ?? 0) > 200 * MINUTE - 75 * MINUTE).toBe(true);
    expect(moveOf(btc1h, trail, { BTC: { price: 201 } }, 200 * MINUTE)).toBeCloseTo((201 / 141 - 1) * 100);
  });

  it('cannot tell an hour’s move when the last price it has is older than 75 minutes', () => {
    const trail: Trail = { BTC: [{ t: 0, price: 100 }] };
    expect(moveOf(btc1h, trail, { BTC: { price: 90 } }, 70 * MINUTE)).toBeCloseTo(-10);
    expect(moveOf(btc1h, trail, { BTC: { price: 90 } }, 80 * MINUTE)).toBeUndefined();
  });
});

describe('a threshold as typed', () => {
  it.each([
    ['5', 5],
    [' 2.5 % ', 2.5],
    ['100', 100],
  ])('reads %s', (text, percent) => expect(readMovePercent(text)).toEqual({ percent }));
  it.each(['0', '-3', '150', 'lots', ''])('refuses %s', (text) =>
    expect(readMovePercent(text)).toHaveProperty('error'),
  );
});
