import { POLL_INTERVALS, type Settings } from '@/lib/settings/settings';
import { t } from '@/lib/words';
import { InWords } from './InWords';

interface Props {
  settings: Pick<Settings, 'pollIntervalMinutes' | 'liquidationStreams'>;
  onChange: (change: Partial<Settings>) => void;
}

/** How often the venues are polled, and whether liquidations are followed live. */
export function PollingFields({ settings, onChange }: Props) {
  return (
    <fieldset data-setting="polling">
      <legend>{t('options.polling')}</legend>
      <label>
        <InWords words={(field) => t('options.pollEvery', { field })}>
          <select
            value={String(settings.pollIntervalMinutes)}
            onChange={(event) => onChange({ pollIntervalMinutes: Number(event.currentTarget.value) })}
          >
            {POLL_INTERVALS.map((minutes) => (
              <option key={minutes} value={String(minutes)}>
                {t('options.pollMinutes', minutes)}
              </option>
            ))}
          </select>
        </InWords>
      </label>
      <label>
        <input
          type="checkbox"
          checked={settings.liquidationStreams}
          onChange={(event) => onChange({ liquidationStreams: event.currentTarget.checked })}
        />
        {t('options.liquidationStreams')}
      </label>
    </fieldset>
  );
}
