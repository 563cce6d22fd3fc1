import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import { parseResponse } from '@/lib/sources/parse';
import { caught } from '../helpers/caught';

const said = (schema: z.ZodMiniType, json: unknown) =>
  caught(() => parseResponse(schema, json, 'api.kraken.com', 'ticker')).message;

describe('parseResponse', () => {
  it('says what a changed answer expected and what came, each case a whole phrase', () => {
    expect(said(z.object({ a: z.string() }), { a: 1 })).toBe(
      'api.kraken.com changed its ticker format (a: expected string, got number)',
    );
    expect(said(z.object({ a: z.string() }), {})).toBe(
      'api.kraken.com changed its ticker format (a: expected string, got nothing)',
    );
    expect(said(z.object({ a: z.number().check(z.lte(5)) }), { a: 6 })).toBe(
      'api.kraken.com sent an impossible figure in its ticker (a: expected a number of at most 5, got 6)',
    );
    expect(said(z.string(), 1)).toBe(
      'api.kraken.com changed its ticker format (response: expected string, got number)',
    );
  });

  it('lists the values it would take as English lists them', () => {
    expect(said(z.object({ a: z.enum(['x', 'y']) }), { a: 'z' })).toBe(
      'api.kraken.com changed its ticker format (a: expected "x" or "y", got "z")',
    );
    expect(said(z.object({ a: z.enum(['x', 'y', 'w']) }), { a: 'z' })).toBe(
      'api.kraken.com changed its ticker format (a: expected "x", "y", or "w", got "z")',
    );
  });
});
