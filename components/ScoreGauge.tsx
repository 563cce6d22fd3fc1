import { BAND_STYLE } from '@/lib/stress/bands';
import type { StressResult } from '@/lib/stress/result';
import { t } from '@/lib/words';

const R = 44;
const CX = 52;
const CY = 50;

/** A point on the gauge's half circle, `share` of the way from left (0) to right (1). */
function at(share: number): string {
  const angle = Math.PI * (1 - share);
  return `${(CX + R * Math.cos(angle)).toFixed(2)} ${(CY - R * Math.sin(angle)).toFixed(2)}`;
}

/** The score on a half-circle gauge in its band's colour, with the band in words beneath. */
export function ScoreGauge({ stress, stale }: { stress: StressResult; stale: boolean }) {
  const score = Math.round(stress.score);
  const style = BAND_STYLE[stress.band];
  const share = Math.min(1, Math.max(0, stress.score / 100));
  return (
    <div class={`gauge${stale ? ' is-stale' : ''}`} data-band={stress.band}>
      <svg
        width="104"
        height="58"
        viewBox="0 0 104 58"
        role="img"
        aria-label={t('popup.gaugeLabel', { score, band: style.label })}
      >
        <path d={`M ${at(0)} A ${R} ${R} 0 0 1 ${at(1)}`} class="gauge__track" fill="none" stroke-width="9" />
        {share > 0 && (
          <path
            d={`M ${at(0)} A ${R} ${R} 0 0 1 ${at(share)}`}
            fill="none"
            stroke={stale ? 'var(--muted)' : style.color}
            stroke-width="9"
          />
        )}
        <text x={CX} y={CY - 4} text-anchor="middle" class="gauge__score">
          {score}
        </text>
      </svg>
      <span class="gauge__band" style={stale ? undefined : { background: style.color, color: style.text }}>
        {style.label}
      </span>
    </div>
  );
}
