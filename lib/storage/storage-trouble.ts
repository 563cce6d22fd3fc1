import { z } from 'zod/mini';
import { finite } from '../finite';
import { defineValidatedItem } from './validated-item';

/**
 * When storage last refused the poll's write, or took it only once history was trimmed, for the
 * popup to say. Session storage: it is a separate area from the local one that filled up.
 */
export const storageTroubleItem = defineValidatedItem(
  'session:storageTrouble',
  z.object({ at: finite, trimmed: z.boolean(), refused: z.boolean() }),
  { version: 1 },
);
