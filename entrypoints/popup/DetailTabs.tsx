import { DerivativesPanel } from '@/components/DerivativesPanel';
import { LiquidationsPanel } from '@/components/LiquidationsPanel';
import { PriceAlerts } from '@/components/PriceAlerts';
import { ScoreHistory } from '@/components/ScoreHistory';
import { SourceHealthList } from '@/components/SourceHealthList';
import { Tabs } from '@/components/Tabs';
import { TrackRecord } from '@/components/TrackRecord';
import { WhyList } from '@/components/WhyList';
import type { AlertState } from '@/lib/alerts/alert-state';
import type { Money } from '@/lib/format/quote-currency';
import type { MarketPoint } from '@/lib/history/market-point';
import type { LiquidationBuckets } from '@/lib/market/liquidation-buckets';
import type { MarketSnapshot, PollStatus, StreamHealth } from '@/lib/market/snapshot';
import type { StressResult } from '@/lib/stress/result';
import { t } from '@/lib/words';

interface Props {
  stress: StressResult | null;
  snapshot: MarketSnapshot | null;
  status: PollStatus | null;
  liquidations: LiquidationBuckets | null;
  streams: readonly StreamHealth[] | null;
  streamsOn: boolean;
  /** History's tiers, null until each has been read. */
  fine: MarketPoint[] | null;
  hourly: MarketPoint[] | null;
  /** The alerts that fired lately, for the track record. */
  recentAlerts: AlertState['recent'];
  now: number;
  money: Money;
}

/** The details under the prices, a tab each: why, derivatives, history, alerts, sources. */
export function DetailTabs(props: Props) {
  const { stress, snapshot, status, now, money } = props;
  const failing = status?.sources.filter((source) => source.state !== 'ok').length ?? 0;
  return (
    <Tabs
      label={t('popup.detailsLabel')}
      tabs={[
        {
          id: 'why',
          label: t('popup.tabWhy'),
          panel: () => (stress ? <WhyList stress={stress} /> : <p class="muted">{t('popup.reasonsWithScore')}</p>),
        },
        {
          id: 'derivatives',
          label: t('popup.derivatives'),
          panel: () => (
            <>
              {snapshot && (
                <DerivativesPanel derivatives={snapshot.derivatives} marketCap={snapshot.marketCap} money={money} />
              )}
              <LiquidationsPanel
                buckets={props.liquidations}
                streams={props.streams}
                enabled={props.streamsOn}
                now={now}
                money={money}
              />
            </>
          ),
        },
        {
          id: 'history',
          label: t('popup.tabHistory'),
          panel: () => (
            <>
              <ScoreHistory fine={props.fine} hourly={props.hourly} now={now} />
              <TrackRecord
                fine={props.fine}
                hourly={props.hourly}
                recent={props.recentAlerts}
                now={now}
                money={money}
              />
            </>
          ),
        },
        { id: 'alerts', label: t('popup.tabAlerts'), panel: () => <PriceAlerts /> },
        {
          id: 'sources',
          label: failing > 0 ? t('popup.sourcesFailing', { count: failing }) : t('popup.sources'),
          panel: () =>
            status ? (
              <SourceHealthList sources={status.sources} now={now} />
            ) : (
              <p class="muted">{t('popup.waitingForFirstPoll')}</p>
            ),
        },
      ]}
    />
  );
}
