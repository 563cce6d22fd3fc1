import { z } from 'zod/mini';
import { MarketSnapshotSchema, PollStatusSchema } from '../market/snapshot';
import { defineMessage } from './message';

/** Content script → background: the latest snapshot, to put live figures beside an article's. */
export const getSnapshot = /* @__PURE__ */ defineMessage(
  'getSnapshot',
  z.undefined(),
  z.nullable(MarketSnapshotSchema),
);

/** Popup → background: poll now rather than at the next alarm. */
export const refreshNow = /* @__PURE__ */ defineMessage('refreshNow', z.undefined(), PollStatusSchema);
