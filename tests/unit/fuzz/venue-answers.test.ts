import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { addCycleData, type CycleData, emptyCycleData } from '@/lib/market/cycle-data';
import { withoutOutliers } from '@/lib/market/outliers';
import type { MarketSnapshot } from '@/lib/market/snapshot';
import { checkedPart } from '@/lib/poll/checked-part';
import { buildSnapshot } from '@/lib/poll/poll-cycle';
import { binanceLiquidationStream } from '@/lib/sources/binance-futures';
import { bybitLiquidationStream } from '@/lib/sources/bybit';
import type { LiquidationStream } from '@/lib/sources/liquidation-stream';
import { okxLiquidationStream } from '@/lib/sources/okx';
import { SourceError } from '@/lib/sources/source-error';
import { VENUE_IDS, type VenueId } from '@/lib/sources/venues';
import { breakages, broken, FUZZ_SEED } from '../helpers/garbage';
import { NOW, type VenueEndpoint, venueEndpoints } from '../helpers/venue-answers';

/** Malformed answers per venue, spread over its endpoints. */
const RUNS = 10_000;

/**
 * Every number in a snapshot that is a price or a market cap must be finite and above zero; every
 * other number finite. Returns the paths of those that are not.
 */
function badFigures(snapshot: MarketSnapshot | null): string[] {
  const bad: string[] = [];
  const visit = (value: unknown, path: string) => {
    if (typeof value === 'number') {
      const price = /(^|\.)(price|markPrice|hourlyCloses\.\d+|totalUsd)$|^marketCap\.assets\./.test(path);
      if (!Number.isFinite(value) || (price && !(value > 0))) bad.push(`${path}=${value}`);
    } else if (typeof value === 'object' && value !== null) {
      for (const [key, inner] of Object.entries(value)) visit(inner, path ? `${path}.${key}` : key);
    }
  };
  visit(snapshot, '');
  return bad;
}

/** An answer with its long lists cut to their first rows: the same shapes, broken ten thousand times in seconds. */
function shortened(value: unknown): unknown {
  if (Array.isArray(value)) return value.slice(0, 48).map(shortened);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, shortened(inner)]));
}

/** The venues whose answers an outlier is held against: another spot venue, another perpetual one. */
const spotReference = (venue: VenueId): VenueId => (venue === 'kraken' ? 'binance-spot' : 'kraken');
const perpReference = (venue: VenueId): VenueId => (venue === 'bybit' ? 'hyperliquid' : 'bybit');

let endpoints: VenueEndpoint[];
beforeAll(async () => {
  endpoints = await venueEndpoints();
});

/** Ten thousand runs take seconds, more on a loaded machine: the limit only catches a hang. */
const FUZZ_TIMEOUT_MS = 60_000;

describe('every venue’s answers, broken at random', () => {
  for (const venue of VENUE_IDS) {
    it(
      `${venue}: ${RUNS.toLocaleString('en-US')} malformed answers, no impossible figure in any snapshot`,
      () => {
        const own = endpoints.filter((endpoint) => endpoint.venue === venue);
        // A spot venue's and a perpetual venue's prices, as they answered: what an outlier is held against.
        const reference = emptyCycleData();
        for (const other of [spotReference(venue), perpReference(venue)]) {
          for (const endpoint of endpoints.filter((each) => each.venue === other)) {
            const { spot = [], perps = [] } = endpoint.read(endpoint.answer);
            addCycleData(reference, { spot, perps });
          }
        }
        const tally = { answers: 0, refused: 0, snapshots: 0, badFigures: 0 };
        const answer = fc.oneof(
          ...own.map((endpoint) => {
            const valid = shortened(endpoint.answer);
            return breakages(valid).map((all) => ({ endpoint, json: broken(valid, all) }));
          }),
        );
        fc.assert(
          fc.property(answer, ({ endpoint, json }) => {
            tally.answers++;
            // What the poll makes of the answer: the venue's task, its part checked, outliers left
            // out, the snapshot built (lib/poll/poll-cycle.ts does the same, in this order).
            let part: Partial<CycleData> = {};
            try {
              part = checkedPart(venue, endpoint.read(json));
            } catch (error) {
              // A venue's nonsense must fail as its error, with a reason, never as a bug of ours.
              if (!(error instanceof SourceError)) throw error;
              tally.refused++;
            }
            const { data } = withoutOutliers(addCycleData(addCycleData(emptyCycleData(), reference), part));
            const snapshot = buildSnapshot(NOW, data, {});
            if (snapshot) tally.snapshots++;
            const bad = badFigures(snapshot);
            tally.badFigures += bad.length;
            if (bad.length > 0) throw new Error(`Impossible figures in the snapshot: ${bad.join(', ')}`);
          }),
          { numRuns: RUNS, seed: FUZZ_SEED },
        );
        console.info(`fuzz ${venue}: ${JSON.stringify(tally)}`);
        expect(tally).toMatchObject({ answers: RUNS, badFigures: 0 });
      },
      FUZZ_TIMEOUT_MS,
    );
  }
});

describe('every liquidation stream’s frames, broken at random', () => {
  const frames: Array<[LiquidationStream, unknown]> = [
    [
      binanceLiquidationStream,
      { e: 'forceOrder', E: NOW, o: { s: 'BTCUSDT', S: 'SELL', ap: '67150', z: '0.014', T: NOW } },
    ],
    [
      bybitLiquidationStream,
      { topic: 'allLiquidation.BTCUSDT', ts: NOW, data: [{ T: NOW, s: 'BTCUSDT', S: 'Buy', v: '0.003', p: '67100' }] },
    ],
    [
      okxLiquidationStream,
      {
        arg: { channel: 'liquidation-orders', instType: 'SWAP' },
        data: [
          {
            instId: 'BTC-USDT-SWAP',
            details: [{ side: 'sell', posSide: 'net', sz: '2', bkPx: '67100', ts: String(NOW) }],
          },
        ],
      },
    ],
  ];
  for (const [stream, frame] of frames) {
    it(
      `${stream.venue}: ${RUNS.toLocaleString('en-US')} malformed frames, each read or refused as the venue's error`,
      () => {
        let read = 0;
        fc.assert(
          fc.property(breakages(frame), (all) => {
            let liquidations: ReturnType<LiquidationStream['parse']> = [];
            try {
              liquidations = stream.parse(JSON.stringify(broken(frame, all)) ?? 'undefined', NOW);
              read++;
            } catch (error) {
              if (!(error instanceof SourceError)) throw error;
            }
            for (const { usd } of liquidations) if (!(Number.isFinite(usd) && usd > 0)) throw new Error(`usd ${usd}`);
          }),
          { numRuns: RUNS, seed: FUZZ_SEED },
        );
        console.info(`fuzz ${stream.venue} stream: ${RUNS} frames, ${read} read, ${RUNS - read} refused`);
      },
      FUZZ_TIMEOUT_MS,
    );
  }
});
