import { COMPONENTS } from '@/lib/stress/components';
import { byContribution, capitalise } from '@/lib/stress/reasons';
import type { StressResult } from '@/lib/stress/result';

const LABEL = Object.fromEntries(COMPONENTS.map((component) => [component.id, component.label]));
const AGAINST = Object.fromEntries(
  COMPONENTS.map((component) => [
    component.id,
    component.group === 'shock' ? 'its recent days' : 'the long-run record',
  ]),
);

/**
 * Each component's share of the score, largest first, with today's figure in words; then the
 * components that are missing and why.
 */
export function WhyList({ stress }: { stress: StressResult }) {
  const present = byContribution(stress);
  const missing = stress.components.filter((component) => component.reading === undefined);
  const largest = Math.max(...present.map((component) => component.contribution), 1);
  return (
    <section class="why" aria-label="Why this score">
      <ol class="why__list">
        {present.map((component) => (
          <li key={component.id} data-component={component.id}>
            <div class="why__head">
              <span class="why__label">{LABEL[component.id]}</span>
              <span
                class="why__points"
                title={`Reads ${Math.round(component.reading ?? 0)} of 100 against ${AGAINST[component.id]}`}
              >
                +{component.contribution.toFixed(1)}
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
          Missing, counted as an ordinary day or calmer:{' '}
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
