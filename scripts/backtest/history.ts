import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type AssetId, MAJOR_ASSETS } from '../../lib/assets';
import type { StressDay } from '../../lib/stress/day';
import { DAY } from '../../lib/time';

/**
 * The shared daily history (../shared/data/history, see its SOURCES.md) turned into one day per
 * UTC day, `t` at the day's close (midnight after it), with each major's high and low from the
 * candle. It is read in place, never copied into the project. HISTORY_DIR overrides where it is.
 */
export const HISTORY_DIR = resolve(
  process.env.HISTORY_DIR ?? join(import.meta.dirname, '../../../shared/data/history'),
);

export function historyAvailable(dir = HISTORY_DIR): boolean {
  return existsSync(join(dir, 'btc_usdt_1d_binance_spot.csv'));
}

export interface DailyHistory {
  days: StressDay[];
  /** Fear & Greed by day's `t`, the baseline the score has to beat. */
  fearGreed: Map<number, number>;
}

type Row = Record<string, string>;

function readCsv(dir: string, file: string): Row[] {
  const [header = '', ...lines] = readFileSync(join(dir, file), 'utf8')
    .replace(/^\uFEFF/, '')
    .trim()
    .split(/\r?\n/);
  const columns = header.split(',');
  return lines.map((line) => {
    const cells = line.split(',');
    return Object.fromEntries(columns.map((column, k) => [column, cells[k] ?? '']));
  });
}

/** Midnight UTC that ends the day named `2021-05-19` or `2021.5.19`. */
function dayEnd(date: string): number {
  const [y, m, d] = date.split(/[-.]/).map(Number);
  return Date.UTC(y as number, (m as number) - 1, d as number) + DAY;
}

function num(cell: string | undefined): number | undefined {
  if (cell === undefined || cell.trim() === '') return undefined;
  const value = Number(cell);
  return Number.isFinite(value) ? value : undefined;
}

const PRICE_FILES: Partial<Record<AssetId, string>> = {
  BTC: 'btc_usdt_1d_binance_spot.csv',
  ETH: 'eth_usdt_1d_binance_spot.csv',
  SOL: 'sol_usdt_1d_binance_spot.csv',
  XRP: 'xrp_usdt_1d_binance_spot.csv',
  BNB: 'bnb_usdt_1d_binance_spot.csv',
};
const LIQUIDATION_ASSETS = ['btc', 'eth', 'sol', 'xrp'];

export function loadDailyHistory(dir = HISTORY_DIR): DailyHistory {
  const points = new Map<number, StressDay>();
  const at = (t: number): StressDay => {
    let point = points.get(t);
    if (!point) {
      point = { t, close: {} };
      points.set(t, point);
    }
    return point;
  };

  for (const asset of MAJOR_ASSETS) {
    for (const row of readCsv(dir, PRICE_FILES[asset] as string)) {
      const [close, high, low] = [num(row.close), num(row.high), num(row.low)];
      if (close === undefined) continue;
      const point = at(dayEnd(row.timestamp as string));
      point.close[asset] = close;
      if (high !== undefined && low !== undefined) {
        point.high = { ...point.high, [asset]: high };
        point.low = { ...point.low, [asset]: low };
      }
    }
  }

  // Liquidations: Binance only, summed over the coins the data has (BNB is not among them).
  for (const coin of LIQUIDATION_ASSETS) {
    for (const row of readCsv(dir, `${coin}_liquidations_daily_usd_binance_coinglass_2020-12_2025-05.csv`)) {
      const long = num(row.long_liquidation_usd);
      const short = num(row.short_liquidation_usd);
      if (long === undefined || short === undefined) continue;
      const point = at(dayEnd(row.date_utc as string));
      point.liqLong24hUsd = (point.liqLong24hUsd ?? 0) + long;
      point.liqShort24hUsd = (point.liqShort24hUsd ?? 0) + short;
    }
  }

  for (const row of readCsv(dir, 'btc_dvol_daily_deribit_2021-03_2026-04.csv')) {
    const close = num(row.close);
    if (close !== undefined) at(dayEnd(row.date as string)).btcDvol = close;
  }

  const fearGreed = new Map<number, number>();
  for (const row of readCsv(dir, 'crypto_fear_greed_alternative_me_daily_2018-02_2025-10.csv')) {
    const value = num(row.fear_greed_value);
    if (value !== undefined) fearGreed.set(dayEnd(row.date as string), value);
  }

  return { days: contiguous(points), fearGreed };
}

/** Days in order with none skipped (a gap becomes an empty point), so index ± 1 is ± 24 h. */
function contiguous(points: Map<number, StressDay>): StressDay[] {
  const times = [...points.keys()].sort((a, b) => a - b);
  const first = times[0];
  const last = times.at(-1);
  if (first === undefined || last === undefined) return [];
  const days: StressDay[] = [];
  for (let t = first; t <= last; t += DAY) days.push(points.get(t) ?? { t, close: {} });
  return days;
}
