import './price-alerts.css';
import { useState } from 'preact/hooks';
import { useStored } from '@/components/use-stored';
import { type AssetId, MAJOR_ASSETS } from '@/lib/assets';
import { formatUsd } from '@/lib/format/number';
import { formatRelative } from '@/lib/format/relative-time';
import { addLevelAlert, removeLevelAlert } from '@/lib/messaging/extension-page-messages';
import { sendMessage } from '@/lib/messaging/message';
import { alertStateItem, levelAlertsItem } from '@/lib/storage/items';
import { t } from '@/lib/words';
import { ChoiceOptions } from './ChoiceOptions';
import { RemoveButton } from './RemoveButton';

/**
 * Price-level alerts, saved as they are added or removed, and the latest notifications. The
 * direction of a new level comes from the live price.
 */
export function PriceAlerts() {
  const levels = useStored(levelAlertsItem).value ?? [];
  const recent = useStored(alertStateItem).value?.recent ?? [];
  const [asset, setAsset] = useState<AssetId>('BTC');
  const [price, setPrice] = useState('');
  const [error, setError] = useState<string | null>(null);

  // The background keeps the list, and changes it in turn with the poll and the article chips.
  const change = async (ask: () => Promise<{ error?: string }>) => {
    try {
      return (await ask()).error ?? null;
    } catch {
      return t('popup.backgroundUnreachable');
    }
  };
  const add = async (event: Event) => {
    event.preventDefault();
    const failed = await change(() => sendMessage(addLevelAlert, { asset, price }));
    setError(failed);
    if (!failed) setPrice('');
  };
  const remove = async (id: string) => {
    setError(await change(() => sendMessage(removeLevelAlert, { id })));
  };

  return (
    <>
      <form onSubmit={add} noValidate>
        <fieldset data-setting="price-alerts">
          <legend>{t('popup.priceAlerts')}</legend>
          {levels.length === 0 ? (
            <p class="hint">{t('popup.noPriceAlerts')}</p>
          ) : (
            <ul class="levels">
              {levels.map((level) => (
                <li key={level.id} data-level={level.id}>
                  <span>
                    {t(level.direction === 'above' ? 'popup.levelAbove' : 'popup.levelBelow', {
                      asset: level.asset,
                      price: formatUsd(level.price),
                    })}
                    <span class="muted">
                      {' · '}
                      {level.firedAt === undefined
                        ? t('popup.levelWaiting')
                        : t('popup.levelDone', { time: formatRelative(level.firedAt, Date.now()) })}
                    </span>
                  </span>
                  <RemoveButton
                    what={t('popup.removeLevel', { asset: level.asset, price: formatUsd(level.price) })}
                    onRemove={() => void remove(level.id)}
                  />
                </li>
              ))}
            </ul>
          )}
          <div class="add-level">
            <label>
              {t('popup.asset')}{' '}
              <select value={asset} onChange={(event) => setAsset(event.currentTarget.value as AssetId)}>
                <ChoiceOptions values={MAJOR_ASSETS} />
              </select>
            </label>
            <label>
              {t('popup.priceInUsd')}{' '}
              <input
                class="number wide"
                inputMode="decimal"
                value={price}
                onInput={(event) => setPrice(event.currentTarget.value)}
              />
            </label>
            <button type="submit">{t('popup.addAlert')}</button>
          </div>
          {error && (
            <p role="alert" class="errors">
              {error}
            </p>
          )}
        </fieldset>
      </form>
      <section class="recent" aria-label={t('popup.recentAlerts')}>
        <h2>{t('popup.recentAlerts')}</h2>
        {recent.length === 0 ? (
          <p class="hint">{t('popup.noneYet')}</p>
        ) : (
          <ul>
            {recent.map((alert) => (
              <li key={`${alert.at}-${alert.title}`} data-alert={alert.kind}>
                <strong>{alert.title}</strong> <span class="muted">· {formatRelative(alert.at, Date.now())}</span>
                <br />
                {alert.message}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
