import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { useStored } from '@/components/use-stored';
import { changeSettings } from '@/lib/messaging/extension-page-messages';
import { sendMessage } from '@/lib/messaging/message';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings/settings';
import {
  isDefaultNewsSite,
  originCovers,
  siteHost,
  sitePattern,
  withoutUserSite,
  withUserSite,
} from '@/lib/sites/user-sites';
import { settingsItem } from '@/lib/storage/items';
import { t } from '@/lib/words';
import { AddField } from './AddField';

interface Props {
  /** The draft's switched-off sites: a user site's switch is saved with the form, like a default site's. */
  disabled: readonly string[];
  onSwitch: (host: string, on: boolean) => void;
  /** A site removed at once: the form's draft forgets its switch too. */
  onRemoved: (host: string) => void;
}

/** The origins this browser has granted, kept live. */
function useGrantedOrigins(): string[] {
  const [origins, setOrigins] = useState<string[]>([]);
  useEffect(() => {
    const read = () => void browser.permissions.getAll().then((all) => setOrigins(all.origins ?? []));
    read();
    browser.permissions.onAdded.addListener(read);
    browser.permissions.onRemoved.addListener(read);
    return () => {
      browser.permissions.onAdded.removeListener(read);
      browser.permissions.onRemoved.removeListener(read);
    };
  }, []);
  return origins;
}

/**
 * The sites the user added ("Always on this site" in the popup, or here). Adding and removing
 * take effect at once, as the permission they ask for or give back does; the on/off switch is
 * part of the form. The list is synced; the permission is per browser, so a site added in
 * another browser waits here for an "Allow".
 */
export function UserSites({ disabled, onSwitch, onRemoved }: Props) {
  const settings = useStored(settingsItem).value ?? DEFAULT_SETTINGS;
  const sites = settings.userNewsSites;
  const granted = useGrantedOrigins();
  const [input, setInput] = useState('');
  const [message, setMessage] = useState<string | null>(null);

  /** Save one site's change through the background; whether it was saved, the reason shown if not. */
  const save = async (after: Settings): Promise<boolean> => {
    const answer = await sendMessage(changeSettings, { before: settings, after }).catch(() => ({
      errors: [t('options.backgroundUnreachable')],
    }));
    if (answer.errors) setMessage(answer.errors.join(' '));
    return !answer.errors;
  };

  // Each request runs inside its click: browsers show the permission prompt only for a gesture.
  const allow = (host: string) => {
    setMessage(null);
    void browser.permissions.request({ origins: [sitePattern(host)] }).then(
      async (ok) =>
        ok ? void (await save(withUserSite(settings, host))) : setMessage(t('options.accessRefused', { host })),
      (error: unknown) => setMessage(t('options.couldNotAsk', { host, error: String(error) })),
    );
  };
  const add = () => {
    const host = siteHost(input);
    if (!host) return setMessage(t('options.enterSite'));
    if (isDefaultNewsSite(host)) return setMessage(t('options.alreadyNewsSite', { host }));
    setInput('');
    allow(host);
  };
  const remove = async (host: string) => {
    setMessage(null);
    if (!(await save(withoutUserSite(settings, host)))) return;
    onRemoved(host);
    // A site that is also an exchange Undertow reads keeps that access: it cannot be given back.
    await browser.permissions.remove({ origins: [sitePattern(host)] }).catch(() => false);
  };

  return (
    <div class="user-sites" data-setting="user-news-sites">
      <h2 class="user-sites__title">{t('options.userSites')}</h2>
      {sites.length === 0 ? (
        <p class="hint">{t('options.noUserSites')}</p>
      ) : (
        <ul class="user-sites__list">
          {sites.map((host) => {
            const allowed = granted.some((origin) => originCovers(origin, host));
            return (
              <li key={host} data-site={host}>
                <label>
                  <input
                    type="checkbox"
                    checked={!disabled.includes(host)}
                    onChange={(event) => onSwitch(host, event.currentTarget.checked)}
                  />
                  {host}
                </label>
                {!allowed && (
                  <>
                    <span class="muted">{t('options.notAllowed')}</span>
                    <button type="button" onClick={() => allow(host)} aria-label={t('options.allowSite', { host })}>
                      {t('options.allow')}
                    </button>
                  </>
                )}
                <button
                  type="button"
                  onClick={() => void remove(host)}
                  aria-label={t('options.removeItem', { item: host })}
                >
                  {t('options.remove')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <AddField
        label={t('options.addSite')}
        value={input}
        placeholder="news.example.com"
        onInput={setInput}
        onAdd={add}
      />
      {message && (
        <p role="alert" class="errors">
          {message}
        </p>
      )}
    </div>
  );
}
