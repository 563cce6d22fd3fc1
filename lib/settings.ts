import { z } from 'zod/mini';

/**
 * The user's settings: small, so they sync across the user's browsers. The options page (issue 5)
 * edits them; each field has a default so a missing or older value still reads whole.
 */
export const SettingsSchema = z.object({
  /** Hold the exchanges' liquidation WebSockets open. Off saves a little battery and traffic. */
  liquidationStreams: z._default(z.boolean(), true),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = SettingsSchema.parse({});
