import { formatPercent, formatUsd } from '../format/number';
import type { Claim } from './claims';

/** Percent the market has moved from the article's figure to the live one. */
export function moveSince(claimed: number, live: number): number {
  return ((live - claimed) / claimed) * 100;
}

/** "now $70,120 · +3.90%": the live figure, and how far it is from what the article says. */
export function chipText(claim: Claim, livePrice: number, locale?: string): string {
  return `now ${formatUsd(livePrice, locale)} · ${formatPercent(moveSince(claim.value, livePrice), locale)}`;
}

export function chipTitle(claim: Claim, livePrice: number, locale?: string): string {
  return `The article says ${formatUsd(claim.value, locale)}; the live price is ${formatUsd(livePrice, locale)} (Undertow)`;
}
