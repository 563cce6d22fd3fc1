import { z } from 'zod/mini';
import { finite } from '../finite';
import { CONTEXT_MAX } from './article-context';
import { CLAIM_KINDS, CLAIM_WINDOWS, type Claim, SIDES, UNITS } from './claim';
import { type Comparison, VERDICTS } from './compare';
import type { ClaimChip } from './read-texts';

/** Claims and comparisons as they cross between the background and a page's script. */

const offset = z.int().check(z.nonnegative());

export const ClaimSchema: z.ZodMiniType<Claim> = z.object({
  kind: z.enum(CLAIM_KINDS),
  asset: z.string().check(z.maxLength(16)),
  value: finite,
  unit: z.enum(UNITS),
  window: z.optional(z.enum(CLAIM_WINDOWS)),
  side: z.optional(z.enum(SIDES)),
  start: offset,
  end: offset,
});

export const ComparisonSchema: z.ZodMiniType<Comparison> = z.object({
  chip: z.string(),
  card: z.array(z.object({ text: z.string(), verdict: z.optional(z.enum(VERDICTS)) })),
  verdict: z.optional(z.enum(VERDICTS)),
  level: z.optional(z.object({ asset: z.string(), price: finite, text: z.string() })),
});

export const ClaimChipSchema: z.ZodMiniType<ClaimChip> = z.object({
  claim: ClaimSchema,
  comparison: z.nullable(ComparisonSchema),
});

/** Page text beside a run (its headline, heading, the block before), bounded like every piece of page text. */
export const ContextTextSchema = z.string().check(z.maxLength(CONTEXT_MAX));
