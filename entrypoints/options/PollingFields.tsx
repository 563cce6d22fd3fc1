import { POLL_INTERVALS, type Settings } from '@/lib/settings/settings';

interface Props {
  settings: Pick<Settings, 'pollIntervalMinutes' | 'liquidationStreams'>;
  onChange: (change: Partial<Settings>) => void;
}

/** How often the venues are polled, and whether liquidations are followed live. */
export function PollingFields({ settings, onChange }: Props) {
  return (
    <fieldset data-setting="polling">
      <legend>Polling</legend>
      <label>
        Poll the venues every{' '}
        <select
          value={String(settings.pollIntervalMinutes)}
          onChange={(event) => onChange({ pollIntervalMinutes: Number(event.currentTarget.value) })}
        >
          {POLL_INTERVALS.map((minutes) => (
            <option key={minutes} value={String(minutes)}>
              {minutes === 1 ? 'minute' : `${minutes} minutes`}
            </option>
          ))}
        </select>
      </label>
      <label>
        <input
          type="checkbox"
          checked={settings.liquidationStreams}
          onChange={(event) => onChange({ liquidationStreams: event.currentTarget.checked })}
        />
        Follow liquidations live (Binance, Bybit and OKX WebSockets)
      </label>
    </fieldset>
  );
}
