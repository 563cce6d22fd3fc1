import { formatFundingRate, formatPercent, formatUsdCompact } from '../format/number';
import type { MarketPoint } from '../history/market-point';
import { breadth, deleveraging, distanceFromNorm, drawdownPct, realisedVolPct, returnPct } from './metrics';

const LOCALE = 'en-US';

export const COMPONENT_IDS = [
  'drawdown',
  'breadth',
  'realisedVol',
  'impliedVol',
  'deleveraging',
  'liquidations',
  'funding',
  'basis',
  'longShort',
] as const;
export type ComponentId = (typeof COMPONENT_IDS)[number];

/**
 * One stress component: a raw measure on day i where higher always means more stress, and the
 * sentence that explains today's value. `undefined` means the data is not there.
 */
export interface ComponentDef {
  id: ComponentId;
  label: string;
  /** Share of the score when every component is present; they sum to 1. */
  weight: number;
  raw(days: readonly MarketPoint[], i: number): number | undefined;
  /** What the component needs, said when it is missing. */
  needs: string;
  /** True when day i's value is only a floor (a partial watch): it counts once it reads as stress. */
  isFloor?(day: MarketPoint): boolean;
  describe(days: readonly MarketPoint[], i: number): string;
}

const pct = (value: number, digits = 1) => formatPercent(value, LOCALE, digits);
/** A size without its sign, for sentences that say the direction in words. */
const size = (value: number, digits = 1) => pct(Math.abs(value), digits).replace('+', '');
const btcMove = (days: readonly MarketPoint[], i: number) => {
  const move = returnPct(days, i, 'BTC');
  return move === undefined ? 'BTC' : `BTC ${move < 0 ? 'fell' : 'rose'} ${size(move)}`;
};
const fundingNorm = (day: MarketPoint) => day.btcFunding8h;
const basisNorm = (day: MarketPoint) => day.btcBasisPct;
/** The raw measure of a component read as distance from its own 30-day norm. */
const normDistance = (read: (day: MarketPoint) => number | undefined) => (days: readonly MarketPoint[], i: number) =>
  distanceFromNorm(days, i, read)?.distance;

/**
 * The weights favour what is specific to crypto stress, forced deleveraging and liquidations,
 * then price damage; positioning gauges (basis, long/short) weigh least, being the noisiest.
 * docs/stress-score.md gives the reasoning and the backtest behind them.
 */
export const COMPONENTS: readonly ComponentDef[] = [
  {
    id: 'drawdown',
    needs: 'a week of BTC prices',
    label: 'Drawdown',
    weight: 0.14,
    raw: drawdownPct,
    describe: (days, i) => `BTC ${size(drawdownPct(days, i) ?? 0)} below its 30-day high`,
  },
  {
    id: 'breadth',
    needs: '24 h prices for three majors',
    label: 'Breadth',
    weight: 0.1,
    raw: (days, i) => breadth(days, i)?.meanFallPct,
    describe: (days, i) => {
      const b = breadth(days, i);
      if (!b) return 'Breadth unknown';
      return b.falling === 0
        ? `none of ${b.counted} majors fell in 24 h`
        : `${b.falling} of ${b.counted} majors fell in 24 h, ${size(b.meanFallPct)} on average`;
    },
  },
  {
    id: 'realisedVol',
    needs: '8 days of BTC prices',
    label: 'Realised volatility',
    weight: 0.1,
    raw: realisedVolPct,
    describe: (days, i) => `BTC realised volatility ${Math.round(realisedVolPct(days, i) ?? 0)} % (7 days, annualised)`,
  },
  {
    id: 'impliedVol',
    needs: "Deribit's DVOL",
    label: 'Implied volatility',
    weight: 0.08,
    raw: (days, i) => days[i]?.btcDvol,
    describe: (days, i) => `BTC implied volatility (DVOL) ${Math.round(days[i]?.btcDvol ?? 0)}`,
  },
  {
    id: 'deleveraging',
    needs: "open-interest history and BTC's 24 h move",
    label: 'Deleveraging',
    weight: 0.18,
    raw: (days, i) => {
      const oi = days[i]?.oiChange24hPct;
      const move = returnPct(days, i, 'BTC');
      return oi === undefined || move === undefined ? undefined : deleveraging(oi, move);
    },
    describe: (days, i) => {
      const oi = days[i]?.oiChange24hPct ?? 0;
      const forced = deleveraging(oi, returnPct(days, i, 'BTC') ?? 0) > 0;
      return `open interest ${pct(oi)} in 24 h while ${btcMove(days, i)}${forced ? ': forced deleveraging' : ''}`;
    },
  },
  {
    id: 'liquidations',
    needs: '24 h of watching the liquidation streams',
    label: 'Liquidations',
    weight: 0.16,
    raw: (days, i) => days[i]?.liqLong24hUsd,
    isFloor: (day) => day.liqPartial === true,
    describe: (days, i) => {
      const day = days[i];
      const short =
        day?.liqShort24hUsd === undefined ? '' : ` and ${formatUsdCompact(day.liqShort24hUsd, LOCALE)} shorts`;
      const window = day?.liqPartial ? 'since the streams were joined' : 'in 24 h';
      return `${formatUsdCompact(day?.liqLong24hUsd ?? 0, LOCALE)} longs${short} liquidated ${window}`;
    },
  },
  {
    id: 'funding',
    needs: 'a week of BTC funding history',
    label: 'Funding',
    weight: 0.1,
    raw: normDistance(fundingNorm),
    describe: (days, i) => {
      const d = distanceFromNorm(days, i, fundingNorm);
      if (!d) return 'Funding unknown';
      const flipped = Math.sign(d.value) !== Math.sign(d.norm) && d.value !== 0;
      const rate = (fraction: number) => formatFundingRate(fraction, LOCALE);
      return `BTC funding ${rate(d.value)} per 8 h, ${flipped ? `flipped ${d.value < 0 ? 'negative' : 'positive'} from` : 'against'} a 30-day norm of ${rate(d.norm)}`;
    },
  },
  {
    id: 'basis',
    needs: 'a week of BTC basis history',
    label: 'Basis',
    weight: 0.07,
    raw: normDistance(basisNorm),
    describe: (days, i) => {
      const d = distanceFromNorm(days, i, basisNorm);
      if (!d) return 'Basis unknown';
      return `BTC perpetual ${size(d.value, 3)} ${d.value < 0 ? 'below' : 'above'} spot (30-day norm ${pct(d.norm, 3)})`;
    },
  },
  {
    id: 'longShort',
    needs: "Binance's long/short ratio",
    label: 'Long/short skew',
    weight: 0.07,
    raw: (days, i) => days[i]?.btcLongShort,
    describe: (days, i) => `${(days[i]?.btcLongShort ?? 0).toFixed(2)} BTC accounts long per account short`,
  },
];
