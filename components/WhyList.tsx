import { COMPONENTS } from '@/lib/stress/components';
import { byContribution, capitalise } from '@/lib/stress/reasons';
import type { StressResult } from '@/lib/stress/result';
import { t, uiLocale } from '@/lib/words';

const LABEL = Object.fromEntries(COMPONENTS.map((component) => [component.id, component.label]));
/** What each component's reading is measured against: a shock its recent days, the rest the long run. */
const AGAINST_RECENT = new Set<string>(
  COMPONENTS.filter((component) => component.group === 'shock').map((component) => component.id),
);

/** "+12.3", "+12,3" in German: the points a component adds to the score. */
const points = (value: number) =>
  `+${value.toLocaleString(uiLocale(), { minimumFractionDigits: 1, maximumFractionDigits: 1 })}`;

function readsTitle(id: string, reading: number): string {
  return AGAINST_RECENT.has(id)
    ? t('popup.readsAgainstRecentDays', { reading })
    : t('popup.readsAgainstLongRun', { reading });
}

/**
 * Each component's share of the score, largest first, with today's figure in words; then the
 * components that are missing and why.
 */
export function WhyList({ stress }: { stress: StressResult }) {
  const present = byContribution(stress);
  const missing = stress.components.filter((component) => component.reading === undefined);
  const largest = Math.max(...present.map((component) => component.contribution), 1);
  return (
    <section class="why" aria-label={t('popup.whyThisScore')}>
      <ol class="why__list">
        {present.map((component) => (
          <li key={component.id} data-component={component.id}>
            <div class="why__head">
              <span class="why__label">{LABEL[component.id]}</span>
              <span class="why__points" title={readsTitle(component.id, Math.round(component.reading ?? 0))}>
                {points(component.contribution)}
              </span>
            </div>
            <div class="why__bar" aria-hidden="true">
              <span style={{ width: `${(component.contribution / largest) * 100}%` }} />
            </div>
            <p class="why__sentence">{capitalise(component.sentence ?? '')}</p>
          </li>
        ))}
      </ol>
      {missing.length > 0 && (
        <p class="why__missing">
          {t('popup.missingCountedAsCalm')}{' '}
          {missing.map((component, k) => (
            <span key={component.id} data-missing={component.id}>
              {k > 0 && '; '}
              {LABEL[component.id]}: {component.missing}
            </span>
          ))}
        </p>
      )}
    </section>
  );
}
