import { describe, expect, it } from 'vitest';
import { fetchCoinGeckoGlobal, GLOBAL_URL, parseGlobal } from '@/lib/sources/coingecko';
import type { FetchLike } from '@/lib/sources/fetch-json';
import { caught } from '../helpers/caught';

/**
 * The documented `/global` answer, trimmed to a few currencies and coins: JSON numbers, currencies
 * and coins in lower case, `updated_at` in seconds (https://docs.coingecko.com/reference/crypto-global).
 */
const answer = {
  data: {
    active_cryptocurrencies: 17412,
    upcoming_icos: 0,
    ongoing_icos: 49,
    ended_icos: 3376,
    markets: 1294,
    total_market_cap: { btc: 35012345.6, eth: 1190123456.7, eur: 2170123456789.1, usd: 2363012345678.9 },
    total_volume: { btc: 1423456.7, eth: 48345678.9, usd: 96067890123.4 },
    market_cap_percentage: { btc: 56.61, eth: 10.14, usdt: 7.79, xrp: 3.54, bnb: 3.69, sol: 1.85 },
    market_cap_change_percentage_24h_usd: -2.31,
    updated_at: 1770884400,
  },
};

describe('CoinGecko global market data', () => {
  it('asks the keyless host for /api/v3/global, and nothing else: no key, no page, no parameter', () => {
    const url = new URL(GLOBAL_URL);
    expect(url.host).toBe('api.coingecko.com');
    expect(url.pathname).toBe('/api/v3/global');
    expect(url.search).toBe('');
  });

  it('takes the total in dollars, its 24 h change and when CoinGecko computed it', () => {
    expect(parseGlobal(answer)).toEqual({
      venue: 'coingecko',
      at: 1770884400000,
      marketCapUsd: 2363012345678.9,
      change24hPct: -2.31,
    });
  });

  it('leaves the change out when CoinGecko does', () => {
    const { market_cap_change_percentage_24h_usd: _, ...rest } = answer.data;
    expect(parseGlobal({ data: rest })).not.toHaveProperty('change24hPct');
  });

  it.each([
    ['the dollar total missing', { total_market_cap: { btc: 35012345.6 } }, 'total_market_cap.usd'],
    ['the total as a string', { total_market_cap: { usd: '2363012345678.9' } }, 'total_market_cap.usd'],
    ['a total of nothing', { total_market_cap: { usd: 0 } }, 'total_market_cap.usd'],
    ['a negative total', { total_market_cap: { usd: -1 } }, 'total_market_cap.usd'],
    ['the time in an ISO string', { updated_at: '2026-02-12T08:20:00Z' }, 'updated_at'],
    [
      'a change that is no number',
      { market_cap_change_percentage_24h_usd: 'NaN' },
      'market_cap_change_percentage_24h_usd',
    ],
  ])('rejects drift and nonsense: %s', (_, change, field) => {
    const error = caught(() => parseGlobal({ data: { ...answer.data, ...change } }));
    expect(error.kind).toBe('schema');
    expect(error.message).toContain('api.coingecko.com');
    expect(error.message).toContain(field);
  });

  it.each([
    ['an error body instead of data', { status: { error_code: 429, error_message: 'Rate limit' } }],
    ['an empty answer', {}],
    ['a list', [answer]],
  ])('rejects %s', (_, json) => {
    expect(caught(() => parseGlobal(json)).kind).toBe('schema');
  });

  it('fetches without credentials, and turns a 429 into a rate-limit the poll waits out', async () => {
    const seen: RequestInit[] = [];
    const ok: FetchLike = async (_, init) => {
      seen.push(init ?? {});
      return new Response(JSON.stringify(answer));
    };
    expect((await fetchCoinGeckoGlobal({ fetch: ok })).marketCapUsd).toBe(2363012345678.9);
    expect(seen[0]?.credentials).toBe('omit');
    const limited: FetchLike = async () => new Response('{}', { status: 429, headers: { 'retry-after': '300' } });
    const error = await fetchCoinGeckoGlobal({ fetch: limited }).catch((thrown: unknown) => thrown);
    expect(error).toMatchObject({ kind: 'http', status: 429, retryAfterMs: 300_000 });
  });
});
