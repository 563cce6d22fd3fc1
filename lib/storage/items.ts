import { z } from 'zod/mini';
import { AlertStateSchema, LevelAlertsSchema } from '../alerts/alert-state';
import { DismissedPagesSchema } from '../annotate/dismissed';
import { FxRatesSchema } from '../format/quote-currency';
import { MarketPointSchema } from '../history/market-point';
import type { TierId } from '../history/tiers';
import { LiquidationBucketsSchema } from '../market/liquidation-buckets';
import { MarketSnapshotSchema, PollStatusSchema, StreamHealthListSchema } from '../market/snapshot';
import { ScheduleStateSchema } from '../poll/schedule-state';
import {
  DEFAULT_SETTINGS,
  SETTINGS_MIGRATIONS,
  SETTINGS_VERSION,
  type Settings,
  SettingsSchema,
} from '../settings/settings';
import { StressResultSchema } from '../stress/result';
import { defineValidatedItem, type ValidatedItem } from './validated-item';

/** The last complete market snapshot. Local, not sync: it is bulky and changes every minute. */
export const snapshotItem = defineValidatedItem('local:snapshot', MarketSnapshotSchema, { version: 1 });

/** How the latest poll went, venue by venue. */
export const pollStatusItem = defineValidatedItem('local:pollStatus', PollStatusSchema, { version: 1 });

/** Each venue's backoff and the hourly tasks' last runs: a restarted worker keeps honouring a ban. */
export const scheduleItem = defineValidatedItem('local:schedule', ScheduleStateSchema, { version: 1 });

/** Liquidations from the streams, in minute and hour buckets. */
export const liquidationsItem = defineValidatedItem('local:liquidations', LiquidationBucketsSchema, { version: 1 });

/** Each liquidation stream's connection, for the popup. */
export const streamHealthItem = defineValidatedItem('local:streamHealth', StreamHealthListSchema, { version: 1 });

/** The latest exchange rates, kept while Kraken does not answer: the popup says how old they are. */
export const fxItem = defineValidatedItem('local:fx', FxRatesSchema, { version: 1 });

/** The user's settings, synced across their browsers. */
export const settingsItem = defineValidatedItem('sync:settings', SettingsSchema, {
  version: SETTINGS_VERSION,
  migrations: SETTINGS_MIGRATIONS,
});

/** The settings, or the defaults when none are stored (or what is stored does not validate). */
export async function readSettings(): Promise<Settings> {
  return (await settingsItem.get()) ?? DEFAULT_SETTINGS;
}

/** The latest stress score and its reasons. */
export const stressItem = defineValidatedItem('local:stress', StressResultSchema, { version: 1 });

const HistorySchema = z.array(MarketPointSchema);

/** Market history, one item per tier so a minute's write does not rewrite 90 days. */
export const historyItems: Record<TierId, ValidatedItem<z.infer<typeof HistorySchema>>> = {
  fiveMinute: defineValidatedItem('local:history.fiveMinute', HistorySchema, { version: 1 }),
  hourly: defineValidatedItem('local:history.hourly', HistorySchema, { version: 1 }),
};

/** What the alerting remembers between polls: cool-downs, the last band, venues down. */
export const alertStateItem = defineValidatedItem('local:alertState', AlertStateSchema, { version: 1 });

/** Figures the reader marked "Not a market figure", per page, on this machine only. */
export const dismissedFiguresItem = defineValidatedItem('local:dismissedFigures', DismissedPagesSchema, { version: 1 });

/** The user's price-level alerts, written by the options page and marked done by the worker. */
export const levelAlertsItem = defineValidatedItem('local:levelAlerts', LevelAlertsSchema, { version: 1 });
