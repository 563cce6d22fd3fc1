import { readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { z } from 'zod';
import { SYMBOL_PATTERN } from '../lib/watchlist/symbol';

export const SCENARIO_DIR = join(import.meta.dirname, 'scenarios');

const Changes = z.object({ '1h': z.number(), '24h': z.number(), '7d': z.number(), '30d': z.number() });
export type Changes = z.infer<typeof Changes>;

/** The perpetual-swap market of one asset, all venues together; venues render their share of it. */
const PerpState = z.object({
  /** Funding per 8 h as a fraction: 0.0001 = 0.01 %. */
  fundingRate8h: z.number(),
  /** Perp mark against spot index, percent. */
  basisPct: z.number(),
  /** One-sided open interest across venues, USD. */
  openInterestUsd: z.number().positive(),
  openInterestChangePct: Changes,
  /** Accounts long per account short. */
  longShortRatio: z.number().positive(),
  /** Taker buy volume over taker sell volume. */
  takerBuySellRatio: z.number().positive(),
  liquidations24hUsd: z.object({ long: z.number().nonnegative(), short: z.number().nonnegative() }),
});
export type PerpState = z.infer<typeof PerpState>;

const AssetState = z.object({
  price: z.number().positive(),
  /** Percent, as the articles quote it. */
  change24hPct: z.number(),
  volume24hUsd: z.number().nonnegative(),
  /** Price change over longer windows, percent, for the klines the history endpoints serve. */
  priceChangePct: z.object({ '7d': z.number(), '30d': z.number() }).optional(),
  perp: PerpState.optional(),
  /** Deribit's implied-volatility index now and 24 h ago (BTC and ETH only). */
  dvol: z.object({ now: z.number().positive(), ago24h: z.number().positive() }).optional(),
});
export type AssetState = z.infer<typeof AssetState>;

/**
 * The market by symbol: the five majors, and symbols beyond them that Binance and Coinbase list
 * (prices only), for the watchlist's extras. A symbol not here is one no venue lists.
 */
const AssetStates = z.record(z.string().regex(SYMBOL_PATTERN), AssetState);

/** A fault on one endpoint (`venue/endpoint`) or every endpoint of a venue (`venue`), for a window. */
const Fault = z.object({
  target: z.string().regex(/^[a-z-]+(\/[a-z0-9-]+)?$/),
  /** Scenario seconds; the fault is active for from ≤ t < until. */
  from: z.number().default(0),
  until: z.number().default(Number.POSITIVE_INFINITY),
  status: z.number().int().min(100).max(599).optional(),
  headers: z.record(z.string(), z.string()).default({}),
  /** Raw body, sent as is: malformed JSON, an HTML error page, an error envelope. */
  body: z.string().optional(),
  /** Answer late; longer than the client's timeout means the client gives up. */
  delayMs: z.number().int().nonnegative().default(0),
  /** A stream's: accept each connection, answer as usual, and drop it this long after it opened. */
  hangUpMs: z.number().int().nonnegative().optional(),
});
export type Fault = z.infer<typeof Fault>;

const WsMessage = z.object({
  at: z.number(),
  data: z.unknown(),
});

const Step = z.object({
  at: z.number(),
  assets: AssetStates.default({}),
});

export const ScenarioSchema = z.object({
  description: z.string(),
  /** Another scenario this one builds on: its market, plus this file's steps and faults. */
  extends: z.string().optional(),
  assets: AssetStates.default({}),
  /** Later market states: from `at` seconds on, these assets read as given. */
  steps: z.array(Step).default([]),
  faults: z.array(Fault).default([]),
  /**
   * WebSocket pushes by `host/path`, each sent to every open socket on that path at its time;
   * "$now" in a message stands for the send time in ms.
   */
  websocket: z.record(z.string(), z.array(WsMessage)).default({}),
});
export type Scenario = z.infer<typeof ScenarioSchema> & { name: string };

export async function loadScenario(name: string, depth = 0): Promise<Scenario> {
  if (!/^[a-z0-9-]+$/.test(name)) throw new Error(`Bad scenario name "${name}"`);
  const path = join(SCENARIO_DIR, `${name}.json`);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    throw new Error(`No scenario "${name}". Available: ${(await listScenarios()).join(', ')}`);
  }
  const parsed = ScenarioSchema.safeParse(JSON.parse(text));
  if (!parsed.success) throw new Error(`Scenario ${name} is invalid: ${z.prettifyError(parsed.error)}`);
  const own = { ...parsed.data, name };
  if (!own.extends) return own;
  if (depth > 4) throw new Error(`Scenario ${name}: "extends" goes too deep`);
  const base = await loadScenario(own.extends, depth + 1);
  return {
    ...own,
    assets: { ...base.assets, ...own.assets },
    steps: [...base.steps, ...own.steps],
    faults: [...base.faults, ...own.faults],
    websocket: { ...base.websocket, ...own.websocket },
  };
}

export async function listScenarios(): Promise<string[]> {
  return (await readdir(SCENARIO_DIR))
    .filter((file) => file.endsWith('.json'))
    .map((file) => basename(file, '.json'))
    .sort();
}

/** The market at scenario time `t`: the opening state with every step up to `t` laid over it. */
export function assetsAt(scenario: Scenario, t: number): Partial<Record<string, AssetState>> {
  const assets = { ...scenario.assets };
  for (const step of scenario.steps) {
    if (step.at <= t) Object.assign(assets, step.assets);
  }
  return assets;
}

export function activeFault(scenario: Scenario, routeId: string, t: number): Fault | undefined {
  return scenario.faults.find(
    (fault) =>
      (fault.target === routeId || routeId.startsWith(`${fault.target}/`)) && fault.from <= t && t < fault.until,
  );
}
