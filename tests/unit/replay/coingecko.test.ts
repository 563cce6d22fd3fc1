import { describe, expect, it } from 'vitest';
import { parseGlobal } from '@/lib/sources/coingecko';
import { coingeckoRoutes } from '../../../replay/venues/coingecko';
import { replayRoute } from '../helpers/venue-answers';

/** Five minutes past CoinGecko's last refresh, at 08:30 UTC. */
const NOW = 1_770_885_000_000 + 5 * 60_000;
const [global] = coingeckoRoutes;

async function respond(scenario = 'article-day') {
  const answer = await replayRoute('https://api.coingecko.com/api/v3/global', { scenario, now: NOW });
  return answer.body as { data: Record<string, unknown> };
}

describe('replay: CoinGecko /global', () => {
  it('is a GET of /api/v3/global on the keyless host', () => {
    expect(global).toMatchObject({
      id: 'coingecko/global',
      method: 'GET',
      path: '/api/v3/global',
      hosts: ['api.coingecko.com'],
    });
  });

  it('answers in the documented shape: JSON numbers, lower-case keys, seconds on the 10-minute refresh', async () => {
    const { data } = await respond();
    expect(Object.keys(data)).toEqual([
      'active_cryptocurrencies',
      'upcoming_icos',
      'ongoing_icos',
      'ended_icos',
      'markets',
      'total_market_cap',
      'total_volume',
      'market_cap_percentage',
      'market_cap_change_percentage_24h_usd',
      'updated_at',
    ]);
    expect(Object.keys(data.market_cap_percentage as object)).toEqual(['btc', 'eth', 'sol', 'xrp', 'bnb']);
    expect(data.updated_at).toBe(1_770_885_000);
  });

  it('round-trips through the extension’s parser: the majors at their prices, three quarters of the market', async () => {
    const parsed = parseGlobal(await respond());
    const caps = {
      BTC: 67_490 * 19_820_000,
      ETH: 1985.4 * 120_700_000,
      SOL: 84.21 * 520e6,
      XRP: 1.4183 * 59e9,
      BNB: 622.5 * 140e6,
    };
    expect(parsed.marketCapUsd).toBeCloseTo(Object.values(caps).reduce((a, b) => a + b) / 0.76, 0);
    expect(parsed.change24hPct).toBeLessThan(-1.88);
    expect(parsed.change24hPct).toBeGreaterThan(-3.88);
    const calm = parseGlobal(await respond('calm'));
    expect(calm.marketCapUsd).toBeGreaterThan(parsed.marketCapUsd);
  });
});
