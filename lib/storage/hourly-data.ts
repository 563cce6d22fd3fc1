import { HourlyDataSchema } from '../market/cycle-data';
import { defineValidatedItem } from './validated-item';

/**
 * The history tasks' latest results (open-interest history, DVOL, ratios), refreshed hourly. Only the
 * poll reads it, so it lives apart from the items the popup and options page load, and so do its
 * schemas (about 300 B gzipped of the popup's budget).
 */
export const hourlyDataItem = defineValidatedItem('local:hourlyData', HourlyDataSchema, { version: 1 });
