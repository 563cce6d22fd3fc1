import { VENUE_IDS, VENUES, type VenueId } from '@/lib/sources/venues';
import { t } from '@/lib/words';
import { toggle } from './toggle';

interface Props {
  disabled: readonly VenueId[];
  onChange: (disabled: VenueId[]) => void;
}

/** Which venues are polled and streamed. */
export function VenueFields({ disabled, onChange }: Props) {
  return (
    <fieldset data-setting="venues">
      <legend>{t('options.venues')}</legend>
      <p class="hint">{t('options.venuesHint')}</p>
      {VENUE_IDS.map((venue) => (
        <label key={venue}>
          <input
            type="checkbox"
            checked={!disabled.includes(venue)}
            onChange={(event) => onChange(toggle(disabled, venue, !event.currentTarget.checked))}
          />
          {VENUES[venue].label}
          <span class="muted"> · {VENUES[venue].spot ? t('options.spot') : t('options.perpetuals')}</span>
        </label>
      ))}
    </fieldset>
  );
}
