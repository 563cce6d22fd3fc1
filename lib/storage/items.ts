import { HourlyDataSchema } from '../market/cycle-data';
import { ScheduleStateSchema } from '../market/schedule-state';
import { MarketSnapshotSchema, PollStatusSchema } from '../market/snapshot';
import { defineValidatedItem } from './validated-item';

/** The last complete market snapshot. Local, not sync: it is bulky and changes every minute. */
export const snapshotItem = defineValidatedItem('local:snapshot', MarketSnapshotSchema, { version: 1 });

/** How the latest poll went, venue by venue. */
export const pollStatusItem = defineValidatedItem('local:pollStatus', PollStatusSchema, { version: 1 });

/** Each venue's backoff and the hourly tasks' last runs: a restarted worker keeps honouring a ban. */
export const scheduleItem = defineValidatedItem('local:schedule', ScheduleStateSchema, { version: 1 });

/** The history tasks' latest results (open-interest history, DVOL, ratios), refreshed hourly. */
export const hourlyDataItem = defineValidatedItem('local:hourlyData', HourlyDataSchema, { version: 1 });
