import { ChoiceOptions } from '@/components/ChoiceOptions';
import { BADGE_SHOWS, type BadgeChoice, type BadgeShows } from '@/lib/badge/badge-choice';
import { t } from '@/lib/words';

interface Props {
  choice: BadgeChoice;
  /** The draft's watchlist: the symbols the badge can show. */
  watchlist: readonly string[];
  onChange: (choice: BadgeChoice) => void;
}

const LABELS: Record<BadgeShows, string> = {
  score: t('options.badgeScore'),
  price: t('options.badgePrice'),
  change: t('options.badgeChange'),
};

/** What the toolbar badge shows: part of the settings form, saved with it. */
export function BadgeFields({ choice, watchlist, onChange }: Props) {
  // A symbol taken out of the watchlist stays shown as chosen, so Save can say why it cannot be.
  const listed = watchlist.includes(choice.symbol);
  const symbol = listed || choice.shows !== 'score' ? choice.symbol : (watchlist[0] ?? choice.symbol);
  return (
    <fieldset data-setting="badge">
      <legend>{t('options.badge')}</legend>
      {BADGE_SHOWS.map((shows) => (
        <label key={shows}>
          <input
            type="radio"
            name="badge-shows"
            value={shows}
            checked={choice.shows === shows}
            onChange={() => onChange({ shows, symbol })}
          />
          {LABELS[shows]}
        </label>
      ))}
      <label>
        {t('options.symbol')}{' '}
        <select
          value={symbol}
          disabled={choice.shows === 'score'}
          onChange={(event) => onChange({ ...choice, symbol: event.currentTarget.value })}
        >
          {!listed && symbol === choice.symbol && (
            <option value={symbol}>{t('options.notInWatchlist', { symbol })}</option>
          )}
          <ChoiceOptions values={watchlist} />
        </select>
      </label>
      <p class="hint">{t('options.badgeHint')}</p>
    </fieldset>
  );
}
