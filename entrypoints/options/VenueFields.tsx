import { VENUE_IDS, VENUES, type VenueId } from '@/lib/sources/venues';
import { toggle } from './toggle';

interface Props {
  disabled: readonly VenueId[];
  onChange: (disabled: VenueId[]) => void;
}

/** Which venues are polled and streamed. */
export function VenueFields({ disabled, onChange }: Props) {
  return (
    <fieldset data-setting="venues">
      <legend>Venues</legend>
      <p class="hint">A venue turned off is neither polled nor streamed. Prices need at least one spot venue.</p>
      {VENUE_IDS.map((venue) => (
        <label key={venue}>
          <input
            type="checkbox"
            checked={!disabled.includes(venue)}
            onChange={(event) => onChange(toggle(disabled, venue, !event.currentTarget.checked))}
          />
          {VENUES[venue].label}
          <span class="muted"> · {VENUES[venue].spot ? 'spot' : 'perpetuals'}</span>
        </label>
      ))}
    </fieldset>
  );
}
