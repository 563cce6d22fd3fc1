import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CLAIM_KINDS } from '@/lib/annotate/claim';
import { findClaims } from '@/lib/annotate/claims';
import { numberStyle } from '@/lib/annotate/figures';

/**
 * Twenty-one articles written in the styles of CoinDesk, Cointelegraph, The Block, Decrypt,
 * Bloomberg, Reuters and Binance Square, each with the claims a careful reader finds in it. The
 * expectations were written from the text, not from the parser's output.
 */
const DIR = join(import.meta.dirname, '../../fixtures/articles');

const Expected = z.object({
  lang: z.string(),
  published: z.iso.datetime(),
  claims: z.array(
    z.object({
      kind: z.enum(CLAIM_KINDS),
      asset: z.string(),
      value: z.number(),
      unit: z.enum(['USD', 'percent']),
      window: z.optional(z.enum(['24h', '7d', '30d', 'ytd', '1y'])),
      side: z.optional(z.enum(['long', 'short'])),
      text: z.string(),
    }),
  ),
});

const fixtures = readdirSync(DIR)
  .filter((name) => name.endsWith('.json'))
  .map((name) => ({
    name: name.replace(/\.json$/, ''),
    text: readFileSync(join(DIR, name.replace(/\.json$/, '.txt')), 'utf8'),
    expected: Expected.parse(JSON.parse(readFileSync(join(DIR, name), 'utf8'))),
  }));

/** A claim as one line a reviewer can read in a diff. */
const line = (claim: { kind: string; asset: string; value: number; window?: string; side?: string; text: string }) =>
  `${claim.kind} ${claim.asset} ${Number(claim.value.toPrecision(6))}${claim.window ? ` ${claim.window}` : ''}${claim.side ? ` ${claim.side}` : ''} «${claim.text}»`;

function found(text: string, lang: string) {
  return text
    .split('\n')
    .flatMap((paragraph) =>
      findClaims(paragraph, { numberStyle: numberStyle(paragraph, lang) }).map((claim) =>
        line({ ...claim, text: paragraph.slice(claim.start, claim.end) }),
      ),
    );
}

describe('the article corpus', () => {
  it('has at least twenty articles from seven outlets', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(20);
    expect(new Set(fixtures.map(({ name }) => name.split('-')[0])).size).toBeGreaterThanOrEqual(7);
  });

  it.each(fixtures)('finds exactly the claims a reader finds in $name', ({ text, expected }) => {
    expect(found(text, expected.lang)).toEqual(expected.claims.map(line));
  });
});
