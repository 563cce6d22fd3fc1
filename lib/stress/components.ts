import { formatPercent, formatUsdCompact } from '../format/number';
import { t } from '../words';
import type { StressDay } from './day';
import { drawdownPct, parkinsonVolPct, rangePct, selloff } from './metrics';

const LOCALE = 'en-US';

export const COMPONENT_IDS = ['selloff', 'range', 'liquidations', 'impliedVol', 'realisedVol', 'drawdown'] as const;
export type ComponentId = (typeof COMPONENT_IDS)[number];

/**
 * Two kinds of component. A shock is what the last day did; it is read against the market's own
 * recent days, so a move stands out against what has been normal lately. The backdrop is how rough
 * the market is; it is read against the long-run record, where a volatility has the same meaning
 * in any year. docs/stress-score.md shows why each is read the way it is.
 */
export const GROUPS = ['shock', 'backdrop'] as const;
export type Group = (typeof GROUPS)[number];

/**
 * The backdrop's share of the score, the shocks sharing the rest. Chosen on 2021–2023 alone: of
 * the weightings whose score ranks BTC's next-week volatility with a Spearman of 0.35 or more, the
 * one that best separates the record's stress days (docs/stress-score.md, "Choosing the weights").
 */
export const BACKDROP_SHARE = 0.3;

/**
 * One stress component: a raw measure on day i where higher always means more stress, and the
 * sentence that explains today's value. `undefined` means the data is not there.
 */
export interface ComponentDef {
  id: ComponentId;
  label: string;
  group: Group;
  raw(days: readonly StressDay[], i: number): number | undefined;
  /** What the component needs, said when it is missing. */
  needs: string;
  /** True when day i's value is only a floor (a partial watch): it counts once it reads as stress. */
  isFloor?(day: StressDay): boolean;
  describe(days: readonly StressDay[], i: number): string;
}

/** A size without its sign, for sentences that say the direction in words. */
const size = (value: number, digits = 1) => formatPercent(Math.abs(value), LOCALE, digits).replace('+', '');

/** The deeper of the last two days' sell-offs: a crash still counts the day after, not only for 24 h. */
function worstSelloff(days: readonly StressDay[], i: number) {
  const today = selloff(days, i);
  const yesterday = selloff(days, i - 1);
  if (!today) return undefined;
  return yesterday && yesterday.meanFallPct > today.meanFallPct
    ? { ...yesterday, when: 'in the 24 h before' }
    : { ...today, when: 'in 24 h' };
}

export const COMPONENTS: readonly ComponentDef[] = [
  {
    id: 'selloff',
    label: t('market.sellOff'),
    group: 'shock',
    needs: "24 h of prices for three majors, to find each one's low",
    raw: (days, i) => worstSelloff(days, i)?.meanFallPct,
    describe: (days, i) => {
      const s = worstSelloff(days, i);
      return s ? `the majors fell ${size(s.meanFallPct)} on average to their lows ${s.when}` : 'Sell-off unknown';
    },
  },
  {
    id: 'range',
    label: 'Swing',
    group: 'shock',
    needs: '24 h of BTC prices, to find its high and low',
    raw: rangePct,
    describe: (days, i) => `BTC swung ${size(rangePct(days, i) ?? 0)} between its 24 h high and low`,
  },
  {
    id: 'liquidations',
    label: 'Liquidations',
    group: 'shock',
    needs: '24 h of watching the liquidation streams',
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
    id: 'impliedVol',
    label: 'Implied volatility',
    group: 'backdrop',
    needs: "Deribit's DVOL",
    raw: (days, i) => days[i]?.btcDvol,
    describe: (days, i) => `BTC implied volatility (DVOL) ${Math.round(days[i]?.btcDvol ?? 0)}`,
  },
  {
    id: 'realisedVol',
    label: 'Realised volatility',
    group: 'backdrop',
    needs: '7 days of BTC highs and lows',
    raw: parkinsonVolPct,
    describe: (days, i) =>
      `BTC realised volatility ${Math.round(parkinsonVolPct(days, i) ?? 0)} % (7 days of highs and lows, annualised)`,
  },
  {
    id: 'drawdown',
    label: 'Drawdown',
    group: 'backdrop',
    needs: 'a week of BTC prices',
    raw: drawdownPct,
    describe: (days, i) => `BTC ${size(drawdownPct(days, i) ?? 0)} below its 30-day high`,
  },
];

/** A component's weight: its group's share, split evenly within the group. */
export function weightOf(component: ComponentDef, backdropShare = BACKDROP_SHARE): number {
  const share = component.group === 'backdrop' ? backdropShare : 1 - backdropShare;
  return share / COMPONENTS.filter((c) => c.group === component.group).length;
}
