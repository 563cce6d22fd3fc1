import { useState } from 'preact/hooks';
import { ChoiceOptions } from '@/components/ChoiceOptions';
import { RemoveButton } from '@/components/RemoveButton';
import {
  MAX_MOVE_ALERTS,
  MOVE_WINDOWS,
  type MoveAlert,
  type MoveWindow,
  readMovePercent,
} from '@/lib/alerts/alert-settings';
import { describeMoveAlert, moveKey } from '@/lib/alerts/moves';
import { t } from '@/lib/words';
import { InWords } from './InWords';

interface Props {
  moves: readonly MoveAlert[];
  /** The draft's watchlist: the symbols a move alert can watch. */
  watchlist: readonly string[];
  onChange: (moves: MoveAlert[]) => void;
}

const WINDOW_LABELS: Record<MoveWindow, string> = { '1h': t('options.window1h'), '24h': t('options.window24h') };

/** "BTC moves more than 5 % in 1 h": part of the settings form, saved with it. */
export function MoveAlertFields({ moves, watchlist, onChange }: Props) {
  const [symbol, setSymbol] = useState('');
  const [percent, setPercent] = useState('5');
  const [window, setWindow] = useState<MoveWindow>('1h');
  const [error, setError] = useState<string | null>(null);
  const chosen = watchlist.includes(symbol) ? symbol : (watchlist[0] ?? '');

  const add = () => {
    const read = readMovePercent(percent);
    if ('error' in read) return setError(read.error);
    const rule: MoveAlert = { symbol: chosen, window, percent: read.percent };
    if (moves.some((other) => moveKey(other) === moveKey(rule))) return setError(t('options.moveAlreadySet'));
    if (moves.length >= MAX_MOVE_ALERTS) return setError(t('options.tooManyMoves', { max: MAX_MOVE_ALERTS }));
    setError(null);
    onChange([...moves, rule]);
  };

  return (
    <fieldset data-setting="move-alerts">
      <legend>{t('options.moveAlerts')}</legend>
      {moves.length === 0 ? (
        <p class="hint">{t('options.noneYet')}</p>
      ) : (
        <ul class="levels">
          {moves.map((rule) => (
            <li key={moveKey(rule)} data-move={moveKey(rule)}>
              <span>{describeMoveAlert(rule)}</span>
              <RemoveButton
                what={t('options.removeMoveAlert', { rule: describeMoveAlert(rule) })}
                onRemove={() => onChange(moves.filter((other) => other !== rule))}
              />
            </li>
          ))}
        </ul>
      )}
      <div class="add-level">
        <label>
          {t('options.symbol')}{' '}
          <select value={chosen} onChange={(event) => setSymbol(event.currentTarget.value)}>
            <ChoiceOptions values={watchlist} />
          </select>
        </label>
        <label>
          <InWords words={(field) => t('options.movesMoreThan', { field })}>
            <input
              class="number"
              inputMode="decimal"
              value={percent}
              onInput={(event) => setPercent(event.currentTarget.value)}
            />
          </InWords>
        </label>
        <label>
          <InWords words={(field) => t('options.movesIn', { field })}>
            <select value={window} onChange={(event) => setWindow(event.currentTarget.value as MoveWindow)}>
              <ChoiceOptions values={MOVE_WINDOWS} label={(entry) => WINDOW_LABELS[entry]} />
            </select>
          </InWords>
        </label>
        <button type="button" onClick={add}>
          {t('options.addMoveAlert')}
        </button>
      </div>
      {error && <p class="errors">{error}</p>}
      <p class="hint">{t('options.moveAlertsHint')}</p>
    </fieldset>
  );
}
