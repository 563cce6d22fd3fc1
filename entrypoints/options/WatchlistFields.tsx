import { useState } from 'preact/hooks';
import { RemoveButton } from '@/components/RemoveButton';
import { ASSETS, isAssetId, MAJOR_ASSETS } from '@/lib/assets';
import { lookUpSymbol } from '@/lib/messaging/extension-page-messages';
import { sendMessage } from '@/lib/messaging/message';
import { checkAddition } from '@/lib/watchlist/addition';
import { t } from '@/lib/words';
import { AddField } from './AddField';

interface Props {
  /** The draft's watchlist, in order. */
  watchlist: readonly string[];
  onChange: (watchlist: string[]) => void;
  /** A symbol the venues list, added to the draft as it is when the lookup answers. */
  onAdd: (symbol: string) => void;
}

interface Note {
  text: string;
  ok: boolean;
}

/**
 * The watchlist: the majors to tick, any symbol Binance or Coinbase lists to add (looked up by the
 * background, which alone may call the exchanges), each listed symbol to move or remove. All of it
 * is part of the form's draft, saved with Save.
 */
export function WatchlistFields({ watchlist, onChange, onAdd }: Props) {
  const [input, setInput] = useState('');
  const [pending, setPending] = useState(false);
  const [note, setNote] = useState<Note | null>(null);

  const move = (symbol: string, by: -1 | 1) => {
    const list = [...watchlist];
    const at = list.indexOf(symbol);
    const to = at + by;
    if (to < 0 || to >= list.length) return;
    [list[at], list[to]] = [list[to] as string, symbol];
    onChange(list);
  };
  const accept = (symbol: string, said: string) => {
    onAdd(symbol);
    setInput('');
    setNote({ text: t('options.symbolAdded', { said, symbol }), ok: true });
  };
  const add = async () => {
    if (pending) return;
    const checked = checkAddition(input, watchlist);
    if ('error' in checked) return setNote({ text: checked.error, ok: false });
    const { symbol } = checked;
    if (!checked.lookUp) return accept(symbol, t('options.isMajor', { symbol }));
    setPending(true);
    setNote({ text: t('options.lookingUp', { symbol }), ok: true });
    try {
      const answer = await sendMessage(lookUpSymbol, { input: symbol });
      if (answer.listed) accept(symbol, answer.message);
      else setNote({ text: t('options.symbolNotAdded', { reason: answer.message }), ok: false });
    } catch {
      setNote({ text: t('options.workerUnreachable'), ok: false });
    } finally {
      setPending(false);
    }
  };

  const shown = [...watchlist, ...MAJOR_ASSETS.filter((asset) => !watchlist.includes(asset))];
  return (
    <>
      <p class="hint">{t('options.watchlistHint')}</p>
      <ul class="watchlist">
        {shown.map((symbol) => {
          const at = watchlist.indexOf(symbol);
          return (
            <li key={symbol} data-symbol={symbol}>
              {isAssetId(symbol) ? (
                <label>
                  <input
                    type="checkbox"
                    checked={at >= 0}
                    onChange={(event) =>
                      onChange(
                        event.currentTarget.checked ? [...watchlist, symbol] : watchlist.filter((s) => s !== symbol),
                      )
                    }
                  />
                  {ASSETS[symbol].name} ({symbol})
                </label>
              ) : (
                <span class="watchlist__extra">
                  {symbol}
                  <RemoveButton
                    what={t('options.removeItem', { item: symbol })}
                    onRemove={() => onChange(watchlist.filter((s) => s !== symbol))}
                  />
                </span>
              )}
              {at >= 0 && (
                <span class="order">
                  <button
                    type="button"
                    aria-label={t('options.moveUp', { symbol })}
                    disabled={at === 0}
                    onClick={() => move(symbol, -1)}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    aria-label={t('options.moveDown', { symbol })}
                    disabled={at === watchlist.length - 1}
                    onClick={() => move(symbol, 1)}
                  >
                    ↓
                  </button>
                </span>
              )}
            </li>
          );
        })}
      </ul>
      <AddField
        label={t('options.addSymbol')}
        value={input}
        placeholder="DOGE"
        maxLength={20}
        busy={pending}
        describedBy="watchlist-note"
        onInput={setInput}
        onAdd={() => void add()}
      />
      <p id="watchlist-note" class={`watchlist__note${note?.ok === false ? ' is-error' : ''}`} aria-live="polite">
        {note?.text}
      </p>
    </>
  );
}
