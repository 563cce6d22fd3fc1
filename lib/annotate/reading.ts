import { t } from '../words';
import { type Claim, type ClaimWindow, MARKET } from './claim';

/**
 * What Undertow read a figure as, in words, first on every card ("Read as: BTC · price now",
 * "ETH · 24 h move"), so that a misreading is plain to see and can be marked "Not a market figure".
 */
const WINDOW_WORDS = {
  '1h': 'card.readOver1h',
  '4h': 'card.readOver4h',
  '12h': 'card.readOver12h',
  '24h': 'card.readOver24h',
  '7d': 'card.readOver7d',
  '30d': 'card.readOver30d',
  ytd: 'card.readOverYtd',
  '1y': 'card.readOver1y',
} as const satisfies Record<ClaimWindow, string>;

/** "longs", "shorts": whose positions a liquidation figure counts. */
export const sidesWord = (side: NonNullable<Claim['side']>): string =>
  side === 'long' ? t('card.longs') : t('card.shorts');

function what(claim: Claim): string {
  const window = claim.window ? t(WINDOW_WORDS[claim.window]) : t('card.readNoPeriod');
  switch (claim.kind) {
    case 'price':
      return t('card.readPrice');
    case 'change':
      return claim.window ? t('card.readMove', { window }) : t('card.readMoveNoPeriod');
    case 'oi-change':
      return t('card.readOiChange', { window });
    case 'oi-level':
      return t('card.readOiLevel');
    case 'liquidations':
      return t('card.readLiquidated', { who: claim.side ? sidesWord(claim.side) : t('card.positions'), window });
    case 'funding':
      return t('card.readFunding');
    case 'support':
      return t('card.readSupport');
    case 'resistance':
      return t('card.readResistance');
    case 'market-cap':
      return t('card.readMarketCap');
  }
}

export const readingOf = (claim: Claim): string =>
  t('card.readAs', { scope: claim.asset === MARKET ? t('card.wholeMarket') : claim.asset, what: what(claim) });
