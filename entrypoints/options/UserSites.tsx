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
      errors: ['Undertow’s background could not be reached: try again in a moment.'],
    }));
    if (answer.errors) setMessage(answer.errors.join(' '));
    return !answer.errors;
  };

  // Each request runs inside its click: browsers show the permission prompt only for a gesture.
  const allow = (host: string) => {
    setMessage(null);
    void browser.permissions.request({ origins: [sitePattern(host)] }).then(
      async (ok) =>
        ok
          ? void (await save(withUserSite(settings, host)))
          : setMessage(`Undertow was not given access to ${host}. Nothing changed.`),
      (error: unknown) => setMessage(`Could not ask for ${host}: ${String(error)}`),
    );
  };
  const add = () => {
    const host = siteHost(input);
    if (!host) return setMessage('Enter a site’s address, such as news.example.com.');
    if (isDefaultNewsSite(host)) return setMessage(`${host} is already one of the news sites above.`);
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
      <h2 class="user-sites__title">Sites you added</h2>
      {sites.length === 0 ? (
        <p class="hint">None yet. “Always on this site” in the popup adds the page’s site, or add one here.</p>
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
                    <span class="muted">not allowed in this browser</span>
                    <button type="button" onClick={() => allow(host)} aria-label={`Allow ${host}`}>
                      Allow
                    </button>
                  </>
                )}
                <button type="button" onClick={() => void remove(host)} aria-label={`Remove ${host}`}>
                  Remove
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <AddField label="Add a site" value={input} placeholder="news.example.com" onInput={setInput} onAdd={add} />
      {message && (
        <p role="alert" class="errors">
          {message}
        </p>
      )}
    </div>
  );
}
