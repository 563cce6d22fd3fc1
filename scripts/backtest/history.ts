import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type AssetId, MAJOR_ASSETS } from '../../lib/assets';
import type { MarketPoint } from '../../lib/history/market-point';
import { DAY } from '../../lib/time';

/**
 * The shared daily history (../shared/data/history, see its SOURCES.md) turned into one
 * MarketPoint per UTC day, `t` at the day's close (midnight after it). It is read in place, never
 * copied into the project. HISTORY_DIR overrides where it is.
 */
export const HISTORY_DIR = resolve(
  process.env.HISTORY_DIR ?? join(import.meta.dirname, '../../../shared/data/history'),
);

export function historyAvailable(dir = HISTORY_DIR): boolean {
  return existsSync(join(dir, 'btc_usdt_1d_binance_spot.csv'));
}

export interface DailyHistory {
  days: MarketPoint[];
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

/** Percent change day over day within one series; a day missing from it has no change. */
function dailyChange(levels: Map<number, number>): Map<number, number> {
  const changes = new Map<number, number>();
  for (const [t, level] of levels) {
    const before = levels.get(t - DAY);
    if (before !== undefined && before > 0) changes.set(t, (level / before - 1) * 100);
  }
  return changes;
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
  const points = new Map<number, MarketPoint>();
  const at = (t: number): MarketPoint => {
    let point = points.get(t);
    if (!point) {
      point = { t, close: {} };
      points.set(t, point);
    }
    return point;
  };

  for (const asset of MAJOR_ASSETS) {
    for (const row of readCsv(dir, PRICE_FILES[asset] as string)) {
      const close = num(row.close);
      if (close !== undefined) at(dayEnd(row.timestamp as string)).close[asset] = close;
    }
  }

  // Open interest: the all-exchange series while it lasts, then Binance COIN-M. Each day's change
  // comes from one series only, so the switch is never read as a move.
  const allExchanges = new Map<number, number>();
  for (const row of readCsv(dir, 'btc_open_interest_usd_daily_allexchanges_2019-03_2024-11.csv')) {
    const level = num(row.Data);
    if (level !== undefined) allExchanges.set(dayEnd(row.Date as string), level);
  }
  const coinM = new Map<number, number>();
  for (const row of readCsv(dir, 'coinalyze_open_interest_daily_top10_binance_coinm_2021-09_2025-10.csv')) {
    const level = num(row.oi_close);
    if (row.coin_symbol === 'BTC' && level !== undefined) coinM.set(dayEnd(row.date as string), level);
  }
  const coinMChange = dailyChange(coinM);
  for (const [t, change] of dailyChange(allExchanges)) at(t).oiChange24hPct = change;
  for (const [t, change] of coinMChange) {
    const point = at(t);
    point.oiChange24hPct ??= change;
  }

  // Funding: the mean of the day's three 8-hourly settlements.
  const funding = new Map<number, number[]>();
  for (const row of readCsv(dir, 'derived/btc_usdt_perp_funding_8h_binance_merged_2019-09_2026-04.csv')) {
    const rate = num(row.funding_rate);
    const time = row.funding_time_utc as string;
    if (rate === undefined) continue;
    const t = dayEnd(time.slice(0, 10));
    funding.set(t, [...(funding.get(t) ?? []), rate]);
  }
  for (const [t, rates] of funding) at(t).btcFunding8h = rates.reduce((a, b) => a + b, 0) / rates.length;

  // Basis: the perpetual's mark at midnight against the spot close that ends the day before it.
  for (const row of readCsv(dir, 'btc_usdt_perp_funding_8h_binance_2019-09_2025-09.csv')) {
    const mark = num(row.markPrice);
    if (row.funding_time !== '00:00:00' || mark === undefined || mark <= 0) continue;
    const point = points.get(dayEnd(row.funding_date as string) - DAY);
    const close = point?.close.BTC;
    if (point && close) point.btcBasisPct = (mark / close - 1) * 100;
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
function contiguous(points: Map<number, MarketPoint>): MarketPoint[] {
  const times = [...points.keys()].sort((a, b) => a - b);
  const first = times[0];
  const last = times.at(-1);
  if (first === undefined || last === undefined) return [];
  const days: MarketPoint[] = [];
  for (let t = first; t <= last; t += DAY) days.push(points.get(t) ?? { t, close: {} });
  return days;
}
