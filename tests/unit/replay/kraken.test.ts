import { describe, expect, it } from 'vitest';
import { KRAKEN_ASSETS, krakenTickerUrl, parseKrakenTicker } from '@/lib/sources/kraken';
import { loadScenario } from '../../../replay/scenario';
import { REPLAY_FX } from '../../../replay/venues/kraken';
import { NOW, replayRoute } from '../helpers/venue-answers';

const DOCUMENTED_KEYS = ['a', 'b', 'c', 'v', 'p', 't', 'l', 'h', 'o'];

const respond = (url: string) => replayRoute(url);

describe('replay: Kraken ticker', () => {
  it('answers under Kraken’s own pair names, in the documented shape', async () => {
    const { status, body } = await respond(krakenTickerUrl());
    expect(status ?? 200).toBe(200);
    const answer = body as { error: unknown[]; result: Record<string, Record<string, unknown>> };
    expect(answer.error).toEqual([]);
    expect(Object.keys(answer.result)).toEqual([
      'XXBTZUSD',
      'XETHZUSD',
      'SOLUSD',
      'XXRPZUSD',
      'XXBTZEUR',
      'XXBTZGBP',
      'XXBTZCAD',
      'XXBTZJPY',
    ]);
    const btc = answer.result.XXBTZUSD ?? {};
    expect(Object.keys(btc)).toEqual(DOCUMENTED_KEYS);
    expect(btc.c).toEqual(['67490.00000', '0.00067643']);
    expect(typeof (btc.t as unknown[])[1]).toBe('number');
    expect(typeof btc.o).toBe('string');
  });

  it('round-trips through the extension’s own parser', async () => {
    const scenario = await loadScenario('article-day');
    const { quotes, fx } = parseKrakenTicker((await respond(krakenTickerUrl())).body, NOW);
    expect(fx?.perUsd).toEqual({
      EUR: expect.closeTo(REPLAY_FX.EUR, 6),
      GBP: expect.closeTo(REPLAY_FX.GBP, 6),
      CAD: expect.closeTo(REPLAY_FX.CAD, 6),
      JPY: expect.closeTo(REPLAY_FX.JPY, 3),
    });
    expect(quotes.map((quote) => quote.asset)).toEqual([...KRAKEN_ASSETS]);
    for (const quote of quotes) {
      const state = scenario.assets[quote.asset];
      expect(quote.price).toBeCloseTo(state?.price ?? Number.NaN, 5);
      expect((quote.volume24hUsd ?? 0) / (state?.volume24hUsd ?? 1)).toBeCloseTo(1, 8);
      expect(quote.change24hPct).toBeUndefined();
    }
  });

  it('answers an unknown pair with Kraken’s error, inside HTTP 200', async () => {
    const answer = await respond('https://api.kraken.com/0/public/Ticker?pair=XBTUSD,BNBUSD');
    expect(answer.status ?? 200).toBe(200);
    expect(answer.body).toEqual({ error: ['EQuery:Unknown asset pair'] });
  });
});
