import { z } from 'zod/mini';
import { decimalMark, readTypedNumber } from '../format/typed-number';
import { BANDS } from '../stress/bands';
import { SymbolSchema } from '../watchlist/symbol';
import { t } from '../words';

const hour = z.number().check(z.int(), z.gte(0), z.lte(23));

/** The windows a move is measured over. */
export const MOVE_WINDOWS = ['1h', '24h'] as const;
export type MoveWindow = (typeof MOVE_WINDOWS)[number];

/** "BTC moves more than 5 % in 1 h": a watchlist symbol's move either way, over a window. */
export const MoveAlertSchema = z.object({
  symbol: SymbolSchema,
  window: z.enum(MOVE_WINDOWS),
  /** Percent, either way. */
  percent: z.number().check(z.positive(), z.lte(100)),
});
export type MoveAlert = z.infer<typeof MoveAlertSchema>;

/** Move alerts at most: one or two per symbol of a full watchlist, within the synced settings' 8 kB. */
export const MAX_MOVE_ALERTS = 20;

/** A decimal to show in a field, written as the language writes it (and `readTypedNumber` reads it back). */
const inLanguage = (value: number) => String(value).replace('.', decimalMark());

/** A move's threshold as typed ("5", "2.5", "5 %", "2,5" in German), or why it is not one. */
export function readMovePercent(text: string): { percent: number } | { error: string } {
  const percent = readTypedNumber(text.replace(/%\s*$/, ''));
  if (!(percent > 0 && percent <= 100)) return { error: t('options.movePercentInvalid') };
  return { percent };
}

/** What is worth a notification, part of the synced settings. */
export const AlertSettingsSchema = z.object({
  /** Notify when the score enters this band or a higher one; null turns band alerts off. */
  band: z._default(z.nullable(z.enum(BANDS)), 'high'),
  /** At most one alert of a kind per this many minutes. */
  cooldownMinutes: z._default(z.number().check(z.int(), z.gte(1), z.lte(24 * 60)), 60),
  /** Longs or shorts liquidated within an hour, USD; null turns it off. */
  liquidationBurstUsd: z._default(z.nullable(z.number().check(z.positive())), 100_000_000),
  /** Minutes a venue may fail before it is worth a notification; null (the default) is off. */
  venueDownMinutes: z._default(z.nullable(z.number().check(z.int(), z.gte(5))), null),
  /** No notifications from `from` to `to` o'clock, local time; null is never quiet. */
  quietHours: z._default(z.nullable(z.object({ from: hour, to: hour })), null),
  /** Moves worth a notification; none by default. */
  moves: z._default(z.array(MoveAlertSchema).check(z.maxLength(MAX_MOVE_ALERTS)), []),
});
export type AlertSettings = z.infer<typeof AlertSettingsSchema>;

/** The alert settings typed as text on the options page. */
export interface AlertFields {
  cooldownMinutes: string;
  liquidationBurstMillions: string;
  venueDownMinutes: string;
}

export function alertFields(settings: AlertSettings): AlertFields {
  return {
    cooldownMinutes: String(settings.cooldownMinutes),
    liquidationBurstMillions:
      settings.liquidationBurstUsd === null ? '' : inLanguage(settings.liquidationBurstUsd / 1e6),
    venueDownMinutes: settings.venueDownMinutes === null ? '' : String(settings.venueDownMinutes),
  };
}

const wholeNumber = (text: string) => (/^\s*\d+\s*$/.test(text) ? Number(text) : Number.NaN);

/** The typed fields as settings, or a message for each that does not make sense. */
export function parseAlertFields(
  fields: AlertFields,
):
  | { values: Pick<AlertSettings, 'cooldownMinutes' | 'liquidationBurstUsd' | 'venueDownMinutes'> }
  | { errors: string[] } {
  const errors: string[] = [];
  const cooldown = wholeNumber(fields.cooldownMinutes);
  if (!(cooldown >= 1 && cooldown <= 24 * 60)) errors.push(t('options.cooldownInvalid'));
  const typed = fields.liquidationBurstMillions.trim();
  const millions = typed === '' ? null : readTypedNumber(typed);
  if (millions !== null && !(millions > 0)) errors.push(t('options.liquidationInvalid'));
  const venueDown = fields.venueDownMinutes.trim() === '' ? null : wholeNumber(fields.venueDownMinutes);
  if (venueDown !== null && !(venueDown >= 5)) errors.push(t('options.venueDownInvalid'));
  if (errors.length > 0) return { errors };
  return {
    values: {
      cooldownMinutes: cooldown,
      liquidationBurstUsd: millions === null ? null : millions * 1e6,
      venueDownMinutes: venueDown,
    },
  };
}
