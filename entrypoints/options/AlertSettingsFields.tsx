import type { AlertFields, AlertSettings } from '@/lib/alerts/alert-settings';
import { BAND_STYLE, BANDS, type Band } from '@/lib/stress/bands';

interface Props {
  settings: AlertSettings;
  fields: AlertFields;
  onSettings: (change: Partial<AlertSettings>) => void;
  onFields: (change: Partial<AlertFields>) => void;
}

const HOURS = Array.from({ length: 24 }, (_, hour) => hour);
/** The quiet hours' two ends, each an hour of the day. */
const QUIET_ENDS = ['from', 'to'] as const;

/** What is worth a notification: part of the settings form, saved with it. */
export function AlertSettingsFields({ settings, fields, onSettings, onFields }: Props) {
  const quiet = settings.quietHours;
  return (
    <fieldset data-setting="alerts">
      <legend>Alerts</legend>
      <label>
        Notify when market stress reaches{' '}
        <select
          value={settings.band ?? 'off'}
          onChange={(event) => {
            const value = event.currentTarget.value;
            onSettings({ band: value === 'off' ? null : (value as Band) });
          }}
        >
          <option value="off">never</option>
          {BANDS.slice(1).map((band) => (
            <option key={band} value={band}>
              {BAND_STYLE[band].label.toLowerCase()} or higher
            </option>
          ))}
        </select>
      </label>
      <label>
        Liquidation burst: longs or shorts over $
        <input
          class="number"
          inputMode="decimal"
          value={fields.liquidationBurstMillions}
          onInput={(event) => onFields({ liquidationBurstMillions: event.currentTarget.value })}
        />
        million in an hour (empty: off)
      </label>
      <label>
        A venue down for more than
        <input
          class="number"
          inputMode="numeric"
          value={fields.venueDownMinutes}
          onInput={(event) => onFields({ venueDownMinutes: event.currentTarget.value })}
        />
        minutes (empty: off)
      </label>
      <label>
        At most one alert of a kind every
        <input
          class="number"
          inputMode="numeric"
          value={fields.cooldownMinutes}
          onInput={(event) => onFields({ cooldownMinutes: event.currentTarget.value })}
        />
        minutes
      </label>
      <label>
        <input
          type="checkbox"
          checked={settings.quietHours !== null}
          onChange={(event) => onSettings({ quietHours: event.currentTarget.checked ? { from: 22, to: 7 } : null })}
        />
        Quiet hours
      </label>
      {quiet && (
        <p class="quiet">
          {QUIET_ENDS.map((end) => (
            <label key={end}>
              {end}
              <select
                value={String(quiet[end])}
                onChange={(event) => onSettings({ quietHours: { ...quiet, [end]: Number(event.currentTarget.value) } })}
              >
                {HOURS.map((hour) => (
                  <option key={hour} value={String(hour)}>{`${hour}:00`}</option>
                ))}
              </select>
            </label>
          ))}
        </p>
      )}
    </fieldset>
  );
}
