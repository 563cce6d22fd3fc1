import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { type ActiveTab, activeTab, annotateTab } from '@/lib/messaging/annotate-tab';
import { changeSettings } from '@/lib/messaging/extension-page-messages';
import { sendMessage } from '@/lib/messaging/message';
import type { Settings } from '@/lib/settings/settings';
import { annotatedText, pageAccess } from '@/lib/sites/page-access';
import { isDefaultNewsSite, sitePattern, withUserSite } from '@/lib/sites/user-sites';
import { t } from '@/lib/words';

interface Props {
  settings: Settings;
}

type Result = { text: string; error: boolean };

/**
 * The page the popup was opened over: annotate it once, or always on its site. Access comes from
 * the user's click on the toolbar button (`activeTab`) and, for "always", from the one site's
 * permission the browser asks them for.
 */
export function PageActions({ settings }: Props) {
  const { userNewsSites, disabledNewsSites } = settings;
  const [tab, setTab] = useState<ActiveTab | null>(null);
  const [granted, setGranted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<Result | null>(null);
  useEffect(() => {
    void activeTab().then(setTab, () => setTab(null));
  }, []);

  const access = pageAccess(tab?.url);
  const host = access.kind === 'web' && access.https && !isDefaultNewsSite(access.host) ? access.host : null;
  useEffect(() => {
    if (!host) return;
    void browser.permissions.contains({ origins: [sitePattern(host)] }).then(setGranted);
  }, [host]);

  /** `before`: a sentence to say first, such as that the site is now always on. */
  const annotate = async (before?: string) => {
    setBusy(true);
    // Asked again at the click: the one read when the popup opened may still be on its way.
    const outcome = await annotateTab(tab ?? (await activeTab().catch(() => null)));
    setBusy(false);
    const said = (text: string) => (before ? `${before} ${text}` : text);
    if ('error' in outcome) return setResult({ text: said(outcome.error), error: true });
    const text = outcome.marketReady ? annotatedText(outcome.found) : t('popup.noMarketDataToCompare');
    setResult({ text: said(text), error: false });
  };

  const alwaysOn = (site: string) => {
    // Asked here, inside the click: browsers show the prompt only for a user's gesture.
    const asked = browser.permissions.request({ origins: [sitePattern(site)] });
    void asked
      .then(async (ok) => {
        if (!ok) return setResult({ text: t('popup.siteAccessRefused', { site }), error: true });
        // The background adds the site in turn with every other change to the settings.
        const answer = await sendMessage(changeSettings, { before: settings, after: withUserSite(settings, site) });
        if (answer.errors) return setResult({ text: answer.errors.join(' '), error: true });
        setGranted(true);
        await annotate(t('popup.nowAlwaysOnFor', { site }));
      })
      .catch((error: unknown) =>
        setResult({ text: t('popup.siteTurnOnFailed', { site, error: String(error) }), error: true }),
      );
  };

  const always = host !== null && userNewsSites.includes(host) && granted;
  return (
    <section class="page-actions" aria-label={t('popup.thisPage')}>
      <div class="page-actions__buttons">
        <button type="button" onClick={() => void annotate()} disabled={busy}>
          {busy ? t('popup.annotating') : t('popup.annotateThisPage')}
        </button>
        {host && !always && (
          <button type="button" onClick={() => alwaysOn(host)} title={t('popup.alwaysOnSiteTitle', { site: host })}>
            {t('popup.alwaysOnThisSite')}
          </button>
        )}
        {host && always && (
          <span class="muted">
            {disabledNewsSites.includes(host)
              ? t('popup.siteSwitchedOff', { site: host })
              : t('popup.alwaysOnFor', { site: host })}
          </span>
        )}
      </div>
      {result && (
        <p role="status" class={result.error ? 'page-actions__result popup__error' : 'page-actions__result'}>
          {result.text}
        </p>
      )}
    </section>
  );
}
