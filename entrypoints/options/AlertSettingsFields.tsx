import type { AlertFields, AlertSettings } from '@/lib/alerts/alert-settings';
import { BANDS, type Band } from '@/lib/stress/bands';
import { t } from '@/lib/words';
import { InWords } from './InWords';

interface Props {
  settings: AlertSettings;
  fields: AlertFields;
  onSettings: (change: Partial<AlertSettings>) => void;
  onFields: (change: Partial<AlertFields>) => void;
}

const HOURS = Array.from({ length: 24 }, (_, hour) => hour);
/** The quiet hours' two ends, each an hour of the day, and its label around the hour. */
const QUIET_ENDS = [
  ['from', (field: string) => t('options.quietFrom', { field })],
  ['to', (field: string) => t('options.quietTo', { field })],
] as const;
/** The bands an alert can start from, "or higher" (from calm would be always). */
const FROM_BANDS = BANDS.filter((band) => band !== 'calm');
const FROM_BAND_LABELS: Record<(typeof FROM_BANDS)[number], string> = {
  elevated: t('options.fromElevated'),
  high: t('options.fromHigh'),
  extreme: t('options.fromExtreme'),
};
/** The settings typed as numbers, each in its sentence ("A venue down for more than [15] minutes"). */
const TYPED: readonly {
  name: keyof AlertFields;
  inputMode: 'decimal' | 'numeric';
  words: (field: string) => string;
}[] = [
  {
    name: 'liquidationBurstMillions',
    inputMode: 'decimal',
    words: (field) => t('options.liquidationBurst', { field }),
  },
  { name: 'venueDownMinutes', inputMode: 'numeric', words: (field) => t('options.venueDown', { field }) },
  { name: 'cooldownMinutes', inputMode: 'numeric', words: (field) => t('options.cooldown', { field }) },
];

/** What is worth a notification: part of the settings form, saved with it. */
export function AlertSettingsFields({ settings, fields, onSettings, onFields }: Props) {
  const quiet = settings.quietHours;
  return (
    <fieldset data-setting="alerts">
      <legend>{t('options.alerts')}</legend>
      <label>
        <InWords words={(field) => t('options.notifyAt', { field })}>
          <select
            value={settings.band ?? 'off'}
            onChange={(event) => {
              const value = event.currentTarget.value;
              onSettings({ band: value === 'off' ? null : (value as Band) });
            }}
          >
            <option value="off">{t('options.never')}</option>
            {FROM_BANDS.map((band) => (
              <option key={band} value={band}>
                {FROM_BAND_LABELS[band]}
              </option>
            ))}
          </select>
        </InWords>
      </label>
      {TYPED.map(({ name, inputMode, words }) => (
        <label key={name}>
          <InWords words={words}>
            <input
              class="number"
              inputMode={inputMode}
              value={fields[name]}
              onInput={(event) => onFields({ [name]: event.currentTarget.value })}
            />
          </InWords>
        </label>
      ))}
      <label>
        <input
          type="checkbox"
          checked={settings.quietHours !== null}
          onChange={(event) => onSettings({ quietHours: event.currentTarget.checked ? { from: 22, to: 7 } : null })}
        />
        {t('options.quietHours')}
      </label>
      {quiet && (
        <p class="quiet">
          {QUIET_ENDS.map(([end, words]) => (
            <label key={end}>
              <InWords words={words}>
                <select
                  value={String(quiet[end])}
                  onChange={(event) =>
                    onSettings({ quietHours: { ...quiet, [end]: Number(event.currentTarget.value) } })
                  }
                >
                  {HOURS.map((hour) => (
                    <option key={hour} value={String(hour)}>{`${hour}:00`}</option>
                  ))}
                </select>
              </InWords>
            </label>
          ))}
        </p>
      )}
    </fieldset>
  );
}
