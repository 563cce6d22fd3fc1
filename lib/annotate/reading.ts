import { type Claim, type ClaimWindow, MARKET } from './claim';

/**
 * What Undertow read a figure as, in words, first on every card ("Read as: BTC · price now",
 * "ETH · 24 h move"), so that a misreading is plain to see and can be marked "Not a market figure".
 */
const WINDOW_WORDS: Record<ClaimWindow, string> = {
  '1h': '1 h',
  '4h': '4 h',
  '12h': '12 h',
  '24h': '24 h',
  '7d': '7 d',
  '30d': '30 d',
  ytd: 'year-to-date',
  '1y': '1 y',
};

function what(claim: Claim): string {
  const window = claim.window ? WINDOW_WORDS[claim.window] : 'no period given';
  switch (claim.kind) {
    case 'price':
      return 'price now';
    case 'change':
      return claim.window ? `${window} move` : 'move (no period given)';
    case 'oi-change':
      return `open interest, ${window} change`;
    case 'oi-level':
      return 'open interest now';
    case 'liquidations':
      return `${claim.side ? `${claim.side}s` : 'positions'} liquidated, ${window}`;
    case 'funding':
      return 'funding rate now';
    case 'support':
      return 'support level';
    case 'resistance':
      return 'resistance level';
    case 'market-cap':
      return 'market cap now';
  }
}

export const readingOf = (claim: Claim): string =>
  `Read as: ${claim.asset === MARKET ? 'whole market' : claim.asset} · ${what(claim)}`;
