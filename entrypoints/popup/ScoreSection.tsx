import { ScoreGauge } from '@/components/ScoreGauge';
import { topReasons } from '@/lib/stress/reasons';
import type { StressResult } from '@/lib/stress/result';
import { t } from '@/lib/words';

interface Props {
  stress: StressResult | null;
  stale: boolean;
  /** Whether the score has been read from storage, and a snapshot is there to score. */
  waiting: boolean;
}

/** The score, its band and its first reason; or why there is no score yet. */
export function ScoreSection({ stress, stale, waiting }: Props) {
  if (!stress) {
    return waiting ? <p class="popup__empty">{t('popup.notEnoughForScore')}</p> : null;
  }
  return (
    <section class="score" aria-label={t('popup.marketStress')}>
      <ScoreGauge stress={stress} stale={stale} />
      <p class="score__reason" data-testid="top-reason">
        {topReasons(stress, 1)[0] ?? t('popup.nothingStandsOut')}
      </p>
    </section>
  );
}
