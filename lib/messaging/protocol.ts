import { defineExtensionMessaging } from '@webext-core/messaging';
import type { MarketSnapshot, PollStatus } from '../market/snapshot';

/**
 * Every message in the extension, by name, with its argument and answer. The background checks
 * who sent each one (see `sender.ts`) and validates what it answers with zod on the other side.
 */
interface ProtocolMap {
  /** Content script → background: the latest snapshot, to put live figures beside an article's. */
  getSnapshot(): MarketSnapshot | null;
  /** Popup → background: poll now instead of waiting for the next alarm. */
  refreshNow(): PollStatus;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
