import { z } from 'zod/mini';
import { finite } from '../finite';
import { BANDS } from './bands';
import { COMPONENT_IDS } from './components';

export const ComponentResultSchema = z.object({
  id: z.enum(COMPONENT_IDS),
  /** The measure itself, in the component's own unit; absent when missing. */
  raw: z.optional(finite),
  /** 0–100 against its recent days or the long-run record (components.ts); absent when missing. */
  reading: z.optional(finite),
  /** Score points this component accounts for (missing ones at the value they were filled with). */
  contribution: finite,
  /** Today's value in words; absent when missing. */
  sentence: z.optional(z.string()),
  /** Why the component is missing. */
  missing: z.optional(z.string()),
});

/** One scoring of the market, as the badge, the popup and the alerts read it. */
export const StressResultSchema = z.object({
  at: finite,
  score: finite,
  band: z.enum(BANDS),
  components: z.array(ComponentResultSchema),
});

export type ComponentResult = z.infer<typeof ComponentResultSchema>;
export type StressResult = z.infer<typeof StressResultSchema>;
