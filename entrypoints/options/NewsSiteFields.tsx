import { NEWS_SITE_HOSTS } from '@/lib/sites/news-sites';
import { t } from '@/lib/words';
import { HiddenFigures } from './HiddenFigures';
import { toggle } from './toggle';
import { UserSites } from './UserSites';

interface Props {
  /** Hosts, news sites or the user's own, where chips are off. */
  disabled: readonly string[];
  onChange: (disabled: string[]) => void;
}

/** Where chips appear: the news sites, the user's own sites, and the figures hidden on them. */
export function NewsSiteFields({ disabled, onChange }: Props) {
  return (
    <fieldset data-setting="news-sites">
      <legend>{t('options.newsSites')}</legend>
      <p class="hint">{t('options.newsSitesHint')}</p>
      {NEWS_SITE_HOSTS.map((host) => (
        <label key={host}>
          <input
            type="checkbox"
            checked={!disabled.includes(host)}
            onChange={(event) => onChange(toggle(disabled, host, !event.currentTarget.checked))}
          />
          {host}
        </label>
      ))}
      <UserSites
        disabled={disabled}
        onSwitch={(host, on) => onChange(toggle(disabled, host, !on))}
        onRemoved={(host) => onChange(toggle(disabled, host, false))}
      />
      <HiddenFigures />
    </fieldset>
  );
}
