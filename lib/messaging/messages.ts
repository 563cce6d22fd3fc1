import { z } from 'zod/mini';
import { PricesSchema } from '../market/prices';
import { PollStatusSchema } from '../market/snapshot';
import { defineMessage } from './message';

/**
 * Content script → background: the latest prices, to put live figures beside an article's. Only
 * prices, not the whole snapshot: less to validate in the page's bundle, less in the page's reach.
 */
export const getPrices = /* @__PURE__ */ defineMessage('getPrices', z.undefined(), z.nullable(PricesSchema));

/** Popup → background: poll now rather than at the next alarm. */
export const refreshNow = /* @__PURE__ */ defineMessage('refreshNow', z.undefined(), PollStatusSchema);
