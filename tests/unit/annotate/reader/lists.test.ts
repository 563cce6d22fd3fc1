import { describe, expect, it } from 'vitest';
import { findClaims } from '@/lib/annotate/claims';

/** The list stage works on a whole sentence's readings; it is seen through the pipeline. */
const read = (text: string) =>
  findClaims(text).map((claim) => [claim.kind, claim.asset, claim.value, claim.window ?? '', claim.side ?? '']);

describe('figures that share their words', () => {
  it('continue the figure before: "fell 2.34% and 1.17% respectively"', () => {
    expect(read('XRP and BNB fell 2.34% and 1.17% respectively.')).toEqual([
      ['change', 'XRP', -2.34, '', ''],
      ['change', 'BNB', -1.17, '', ''],
    ]);
  });

  it('repeat a move for a name that stands alone: "Bitcoin gained 1.2% and Ether 2.9%"', () => {
    expect(read('Bitcoin gained 1.2% and Ether 2.9%.')).toEqual([
      ['change', 'BTC', 1.2, '', ''],
      ['change', 'ETH', 2.9, '', ''],
    ]);
  });

  it('share a cue stated once: "$150 million in shorts and $87 million in longs were liquidated"', () => {
    expect(read('Across the market, $150 million in shorts and $87 million in longs were liquidated today.')).toEqual([
      ['liquidations', 'market', 150e6, '24h', 'short'],
      ['liquidations', 'market', 87e6, '24h', 'long'],
    ]);
  });

  it('read a breakdown of a liquidation total', () => {
    expect(
      read('$900 million were liquidated in 24 hours, with long positions making up around $800 million.'),
    ).toEqual([
      ['liquidations', 'market', 900e6, '24h', ''],
      ['liquidations', 'market', 800e6, '24h', 'long'],
    ]);
  });
});
