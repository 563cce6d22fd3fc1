import fc from 'fast-check';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { MAJOR_ASSETS } from '@/lib/assets';
import { addLiquidations, markWatching } from '@/lib/market/liquidation-buckets';
import { runPollCycle } from '@/lib/poll/poll-cycle';
import type { ScheduleState } from '@/lib/poll/schedule-state';
import { TASKS } from '@/lib/poll/tasks';
import { isDue } from '@/lib/poll/venue-state';
import { DEFAULT_SETTINGS } from '@/lib/settings/settings';
import { hourlyDataItem } from '@/lib/storage/hourly-data';
import {
  alertStateItem,
  dismissedFiguresItem,
  fxItem,
  historyItems,
  levelAlertsItem,
  liquidationsItem,
  pollStatusItem,
  scheduleItem,
  settingsItem,
  snapshotItem,
  streamHealthItem,
  stressItem,
} from '@/lib/storage/items';
import { lastTaskResultsItem } from '@/lib/storage/last-task-results';
import { listingsItem } from '@/lib/storage/listings';
import { storageTroubleItem } from '@/lib/storage/storage-trouble';
import type { ValidatedItem } from '@/lib/storage/validated-item';
import { HOUR, MINUTE } from '@/lib/time';
import { type Breakage, broken, FUZZ_SEED, garbage, type Path, pathsOf } from '../helpers/garbage';
import { replayAnswer } from '../helpers/venue-answers';

/** Broken copies read per item. */
const RUNS = 1_000;
const NOW = Date.now();

type Item = ValidatedItem<unknown>;
type Value = unknown;

/** What Chrome keeps of a value: its JSON, Infinity and NaN as null, undefined left out. */
const asStored = (value: Value): Value => (value === undefined ? undefined : JSON.parse(JSON.stringify(value)));

const same = (a: Value, b: Value) => JSON.stringify(a) === JSON.stringify(b);
const isFields = (value: Value): value is Record<string, Value> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function at(value: Value, path: Path): Value {
  return path.reduce<Value>((inner, key) => (inner as Record<string | number, Value> | null)?.[key], value);
}

/**
 * What was lost beside the broken part at `path`: every other field, entry and list item must
 * read as it was stored. The broken part itself may be left out (a list one item shorter, an
 * object without the field it needs), take its default, or read as the garbage did if that is
 * valid. Returns the paths of what was lost.
 */
function lostBeside(original: Value, read: Value, path: Path, where = ''): string[] {
  if (path.length === 0) return [];
  const [head, ...rest] = path as [string | number, ...Path];
  if (Array.isArray(original)) {
    if (!Array.isArray(read)) return [`${where} (the whole list)`];
    const others = original.filter((_, index) => index !== head);
    if (read.length === original.length - 1) return same(read, others) ? [] : [`${where} (other entries)`];
    if (read.length !== original.length) return [`${where} (${original.length - read.length} entries)`];
    const lost = original.flatMap((entry, index) =>
      index === head || same(entry, read[index]) ? [] : [`${where}.${index}`],
    );
    return [...lost, ...lostBeside(original[head as number], read[head as number], rest, `${where}.${head}`)];
  }
  if (isFields(original)) {
    // An object goes whole with a field it cannot stand without (a quiet hour's start, a point's
    // time): that field is on the broken path, and so is the object.
    if (!isFields(read)) return [];
    return Object.keys(original).flatMap((key) => {
      if (key !== head) return same(original[key], read[key]) ? [] : [`${where}.${key}`];
      return key in read ? lostBeside(original[key], read[key], rest, `${where}.${key}`) : [];
    });
  }
  return [];
}

/** The venues whose stored state has them waiting, that the read state lets be called. */
function bansLost(original: ScheduleState, read: ScheduleState | null, path: Path, by: Value): string[] {
  // Garbage that reads back as it is, valid, is what storage now says, and so is nothing stored at
  // all: no ban is lost to salvage.
  if (path.length > 0 && read && same(at(read, path), asStored(by))) return [];
  if (path.length === 0 && asStored(by) == null) return [];
  return Object.entries(original.venues).flatMap(([venue, state]) => {
    if (!state || isDue(state, NOW, true)) return [];
    const kept = read?.venues[venue as keyof ScheduleState['venues']];
    return kept && !isDue(kept, NOW, true) ? [] : [venue];
  });
}

/** The items to break, each with a value as the extension stores it. */
interface Case {
  name: string;
  item: Item;
  area: 'local' | 'sync' | 'session';
  value: Value;
  /** Whether nothing beside the broken part may be lost (the user's settings, bans, history, alerts). */
  keepsTheRest: boolean;
}

const point = (k: number) => ({
  t: NOW - k * HOUR,
  close: { BTC: 67_000 + k, ETH: 1985 + k / 10, SOL: 84 },
  oiChange24hPct: -4.4,
  btcFunding8h: 0.0001,
  btcDvol: 52,
  score: 70,
});

let cases: Case[];

beforeAll(async () => {
  const cycle = await runPollCycle({
    now: () => NOW,
    tasks: TASKS.filter((task) => task.cadence !== 'backfill'),
    fetch: async (input, init) => {
      const post = typeof init?.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined;
      return new Response(JSON.stringify(await replayAnswer(input, post)));
    },
  });
  const schedule: ScheduleState = {
    ...cycle.schedule,
    venues: {
      ...cycle.schedule.venues,
      'binance-spot': { failures: 2, notBefore: NOW + 10 * MINUTE, rateLimited: true },
      bybit: { failures: 1, notBefore: NOW + 6 * HOUR, rateLimited: true, blockedSince: NOW - HOUR },
      okx: { failures: 3, notBefore: NOW + 4 * MINUTE, rateLimited: false },
    },
  };
  const short = <T>(list: readonly T[]) => list.slice(0, 8);
  const hourlyData = Object.fromEntries(
    Object.entries(cycle.hourlyData).map(([id, part]) => [
      id,
      Object.fromEntries(Object.entries(part).map(([kind, list]) => [kind, short(list as unknown[])])),
    ]),
  );
  const liquidation = { asset: 'BTC' as const, venue: 'bybit' as const, side: 'long' as const, usd: 250_000, at: NOW };
  cases = [
    { name: 'snapshot', item: snapshotItem, area: 'local', value: cycle.snapshot, keepsTheRest: false },
    { name: 'poll status', item: pollStatusItem, area: 'local', value: cycle.status, keepsTheRest: false },
    { name: 'schedule', item: scheduleItem, area: 'local', value: schedule, keepsTheRest: true },
    { name: 'hourly data', item: hourlyDataItem, area: 'local', value: hourlyData, keepsTheRest: true },
    { name: 'last task results', item: lastTaskResultsItem, area: 'local', value: cycle.recent, keepsTheRest: true },
    {
      name: 'liquidations',
      item: liquidationsItem,
      area: 'local',
      value: addLiquidations(markWatching(null, NOW - HOUR), [liquidation], NOW),
      keepsTheRest: false,
    },
    {
      name: 'stream health',
      item: streamHealthItem,
      area: 'local',
      value: [
        { venue: 'bybit', state: 'open', since: NOW },
        { venue: 'okx', state: 'reconnecting', since: NOW, error: 'Connection lost; retrying in 4 s' },
      ],
      keepsTheRest: true,
    },
    { name: 'fx', item: fxItem, area: 'local', value: cycle.data.fx[0], keepsTheRest: false },
    {
      name: 'settings',
      item: settingsItem,
      area: 'sync',
      value: {
        ...DEFAULT_SETTINGS,
        watchlist: [...MAJOR_ASSETS, 'DOGE', 'PEPE'],
        disabledVenues: ['okx'],
        disabledNewsSites: ['www.gate.com', 'news.example.com'],
        userNewsSites: ['news.example.com', 'letters.example.com'],
        liquidationStreams: false,
        quoteCurrency: 'EUR',
        alerts: {
          ...DEFAULT_SETTINGS.alerts,
          band: 'elevated',
          quietHours: { from: 22, to: 7 },
          moves: [
            { symbol: 'BTC', window: '1h', percent: 3 },
            { symbol: 'DOGE', window: '24h', percent: 12.5 },
          ],
        },
        badge: { shows: 'change', symbol: 'DOGE' },
      },
      keepsTheRest: true,
    },
    {
      name: 'stress',
      item: stressItem,
      area: 'local',
      value: {
        at: NOW,
        score: 70,
        band: 'high',
        components: [
          { id: 'drawdown', raw: -23.9, reading: 91, contribution: 18.2, sentence: 'BTC 23.9% below its high' },
        ],
      },
      keepsTheRest: false,
    },
    ...(['fiveMinute', 'hourly'] as const).map((tier) => ({
      name: `history, ${tier}`,
      item: historyItems[tier] as Item,
      area: 'local' as const,
      value: Array.from({ length: 60 }, (_, k) => point(60 - k)),
      keepsTheRest: true,
    })),
    {
      name: 'alert state',
      item: alertStateItem,
      area: 'local',
      value: {
        lastFired: { band: NOW - HOUR, level: NOW - 2 * HOUR },
        lastBand: 'high',
        venueDown: { kraken: { since: NOW - 10 * MINUTE, notified: false } },
        recent: [
          { at: NOW - HOUR, kind: 'band', title: 'Market stress high: 70/100', message: 'Open interest fell' },
          { at: NOW - 2 * HOUR, kind: 'move', title: 'DOGE rose 14.0% in 24 h', message: 'DOGE is at', asset: 'DOGE' },
        ],
        outbox: [{ id: `level|${NOW}`, title: 'BTC fell below $60,000', message: 'Bitcoin is at $59,990' }],
        moves: {
          'BTC|1h|3': { holding: true, firedAt: NOW - 30 * MINUTE },
          'DOGE|24h|12.5': { holding: false },
        },
        trail: {
          BTC: [
            { t: NOW - 62 * MINUTE, price: 67_100 },
            { t: NOW - 60 * MINUTE, price: 67_200 },
          ],
          DOGE: [{ t: NOW - 2 * MINUTE, price: 0.0982 }],
        },
      },
      keepsTheRest: true,
    },
    {
      name: 'price alerts',
      item: levelAlertsItem,
      area: 'local',
      value: [60_000, 65_000, 70_000, 75_000, 80_000].map((price, k) => ({
        id: `BTC-${price}-${k}`,
        asset: 'BTC',
        price,
        direction: price > 67_490 ? 'above' : 'below',
        createdAt: NOW - k * HOUR,
        ...(k === 1 && { sourceUrl: 'https://www.gate.com/news/detail/x' }),
        ...(k === 2 && { firedAt: NOW - HOUR, crossedAt: NOW - HOUR }),
      })),
      keepsTheRest: true,
    },
    {
      name: 'figures marked not a market figure',
      item: dismissedFiguresItem,
      area: 'local',
      value: ['https://www.gate.com/news/detail/x', 'https://www.coindesk.com/markets/y'].map((page, k) => ({
        page,
        at: NOW - k * HOUR,
        keys: ['price|BTC|67490||', 'change|BTC|-1.88|24h|'],
      })),
      keepsTheRest: true,
    },
    {
      name: 'listings',
      item: listingsItem,
      area: 'local',
      value: {
        DOGE: { venue: 'binance-spot', at: NOW },
        PEPE: { venue: 'coinbase', at: NOW },
        XYZ: { venue: null, at: NOW },
      },
      keepsTheRest: true,
    },
    {
      name: 'storage trouble',
      item: storageTroubleItem,
      area: 'session',
      value: { at: NOW, trimmed: true, refused: false },
      keepsTheRest: false,
    },
  ];
});

const areaOf = (area: Case['area']) => fakeBrowser.storage[area];
const keyOf = (item: Item) => item.key.slice(item.key.indexOf(':') + 1);

/** Store `value` raw, as a broken store or an older version would hold it, and read it as the extension does. */
async function storeAndRead(test: Case, value: Value): Promise<Value> {
  const key = keyOf(test.item);
  await areaOf(test.area).clear();
  await areaOf(test.area).set({ [key]: asStored(value), ...(test.area === 'sync' && { [`${key}$`]: { v: 5 } }) });
  return test.item.get();
}

describe('every stored item, broken at random', () => {
  it('breaks what a poll stores today: market caps, each asset’s open-interest change, supply, CoinGecko’s total', () => {
    const value = (name: string) => cases.find((each) => each.name === name)?.value as Record<string, unknown>;
    expect(value('snapshot')).toMatchObject({
      marketCap: { totalUsd: expect.any(Number), assets: { BTC: expect.any(Number) } },
      derivatives: {
        assets: expect.arrayContaining([expect.objectContaining({ openInterestChangePct: expect.any(Object) })]),
      },
    });
    expect(value('hourly data')).toMatchObject({
      'binance-futures/open-interest-hist': { supply: expect.any(Array) },
      'coingecko/global': { global: [expect.objectContaining({ marketCapUsd: expect.any(Number) })] },
    });
  });

  beforeEach(() => fakeBrowser.reset());

  it(`${RUNS} broken copies of each: nothing read beside the broken part is lost, and no ban`, async () => {
    const tally: Record<string, { reads: number; unreadable: number; lost: number; bansLost: number }> = {};
    for (const test of cases) {
      const valid = await storeAndRead(test, test.value);
      expect(valid, `${test.name} reads back as stored`).toEqual(asStored(test.value));
      const counts = { reads: 0, unreadable: 0, lost: 0, bansLost: 0 };
      tally[test.name] = counts;
      const paths = pathsOf(valid);
      const breakage = fc.record({
        path: fc.nat({ max: paths.length - 1 }).map((index) => paths[index] as Path),
        by: fc.oneof({ weight: 9, arbitrary: garbage }, { weight: 1, arbitrary: fc.constant(undefined) }),
      });
      await fc.assert(
        fc.asyncProperty(breakage, async ({ path, by }: Breakage) => {
          counts.reads++;
          const read = await storeAndRead(test, broken(valid, [{ path, by }]));
          if (read === null) counts.unreadable++;
          // Whatever is read fits the schema: stored again, it reads back as it is.
          if (read !== null && !same(await storeAndRead(test, read), read)) throw new Error(`${test.name} read unfit`);
          const lost = test.keepsTheRest || read !== null ? lostBeside(valid, read, path) : [];
          const bans =
            test.item === scheduleItem ? bansLost(valid as ScheduleState, read as ScheduleState | null, path, by) : [];
          counts.lost += lost.length;
          counts.bansLost += bans.length;
          if (lost.length + bans.length > 0) {
            throw new Error(
              `${test.name} broken at ${path.join('.') || '(whole)'} lost ${[...lost, ...bans].join(', ')}`,
            );
          }
        }),
        { numRuns: RUNS, seed: FUZZ_SEED },
      );
    }
    console.info(`fuzz storage: ${JSON.stringify(tally)}`);
    for (const counts of Object.values(tally)) expect(counts).toMatchObject({ reads: RUNS, lost: 0, bansLost: 0 });
  }, 120_000);
});
