import { formatPercent, formatUsdCompact } from '../format/number';
import { t } from '../words';
import type { StressDay } from './day';
import { drawdownPct, parkinsonVolPct, rangePct, selloff } from './metrics';

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
  /** What the component needs, said when it is missing ("needs Deribit's DVOL"). */
  needs: string;
  /** True when day i's value is only a floor (a partial watch): it counts once it reads as stress. */
  isFloor?(day: StressDay): boolean;
  describe(days: readonly StressDay[], i: number): string;
}

/** A size without its sign, for sentences that say the direction in words. */
const size = (value: number, digits = 1) => formatPercent(Math.abs(value), undefined, digits).replace('+', '');

/** The deeper of the last two days' sell-offs: a crash still counts the day after, not only for 24 h. */
function worstSelloff(days: readonly StressDay[], i: number) {
  const today = selloff(days, i);
  const yesterday = selloff(days, i - 1);
  if (!today) return undefined;
  return yesterday && yesterday.meanFallPct > today.meanFallPct
    ? { ...yesterday, dayBefore: true }
    : { ...today, dayBefore: false };
}

/** Longs liquidated, with shorts when they are known, over 24 h or since the streams were joined. */
function liquidated(day: StressDay | undefined): string {
  const longs = formatUsdCompact(day?.liqLong24hUsd ?? 0);
  if (day?.liqShort24hUsd === undefined) {
    return day?.liqPartial ? t('market.longsLiquidatedSinceJoined', { longs }) : t('market.longsLiquidated', { longs });
  }
  const shorts = formatUsdCompact(day.liqShort24hUsd);
  return day.liqPartial
    ? t('market.longsShortsLiquidatedSinceJoined', { longs, shorts })
    : t('market.longsShortsLiquidated', { longs, shorts });
}

export const COMPONENTS: readonly ComponentDef[] = [
  {
    id: 'selloff',
    label: t('market.sellOff'),
    group: 'shock',
    needs: t('market.sellOffNeeds'),
    raw: (days, i) => worstSelloff(days, i)?.meanFallPct,
    describe: (days, i) => {
      const s = worstSelloff(days, i);
      if (!s) return t('market.sellOffUnknown');
      const fall = size(s.meanFallPct);
      return s.dayBefore ? t('market.sellOffDayBefore', { fall }) : t('market.sellOffToday', { fall });
    },
  },
  {
    id: 'range',
    label: t('market.swing'),
    group: 'shock',
    needs: t('market.swingNeeds'),
    raw: rangePct,
    describe: (days, i) => t('market.swingSentence', { swing: size(rangePct(days, i) ?? 0) }),
  },
  {
    id: 'liquidations',
    label: t('market.liquidations'),
    group: 'shock',
    needs: t('market.liquidationsNeeds'),
    raw: (days, i) => days[i]?.liqLong24hUsd,
    isFloor: (day) => day.liqPartial === true,
    describe: (days, i) => liquidated(days[i]),
  },
  {
    id: 'impliedVol',
    label: t('market.impliedVol'),
    group: 'backdrop',
    needs: t('market.impliedVolNeeds'),
    raw: (days, i) => days[i]?.btcDvol,
    describe: (days, i) => t('market.impliedVolSentence', { dvol: Math.round(days[i]?.btcDvol ?? 0) }),
  },
  {
    id: 'realisedVol',
    label: t('market.realisedVol'),
    group: 'backdrop',
    needs: t('market.realisedVolNeeds'),
    raw: parkinsonVolPct,
    describe: (days, i) => t('market.realisedVolSentence', { vol: Math.round(parkinsonVolPct(days, i) ?? 0) }),
  },
  {
    id: 'drawdown',
    label: t('market.drawdown'),
    group: 'backdrop',
    needs: t('market.drawdownNeeds'),
    raw: drawdownPct,
    describe: (days, i) => t('market.drawdownSentence', { drawdown: size(drawdownPct(days, i) ?? 0) }),
  },
];

/** A component's weight: its group's share, split evenly within the group. */
export function weightOf(component: ComponentDef, backdropShare = BACKDROP_SHARE): number {
  const share = component.group === 'backdrop' ? backdropShare : 1 - backdropShare;
  return share / COMPONENTS.filter((c) => c.group === component.group).length;
}
