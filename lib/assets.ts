/** The assets Undertow follows by default: the five majors the news quotes most. */
export const MAJOR_ASSETS = ['BTC', 'ETH', 'SOL', 'XRP', 'BNB'] as const;

export type AssetId = (typeof MAJOR_ASSETS)[number];

export interface AssetInfo {
  id: AssetId;
  name: string;
  /**
   * Words that name the asset in prose. Matching is case-sensitive on purpose: "SOL" and "Solana"
   * are the asset, "sol" in Spanish text is the sun.
   */
  names: readonly string[];
}

export const ASSETS: Record<AssetId, AssetInfo> = {
  BTC: { id: 'BTC', name: 'Bitcoin', names: ['Bitcoin', 'BTC', 'bitcoin'] },
  ETH: { id: 'ETH', name: 'Ethereum', names: ['Ethereum', 'Ether', 'ETH', 'ether'] },
  SOL: { id: 'SOL', name: 'Solana', names: ['Solana', 'SOL'] },
  XRP: { id: 'XRP', name: 'XRP', names: ['XRP', 'Ripple'] },
  BNB: { id: 'BNB', name: 'BNB', names: ['BNB', 'Binance Coin'] },
};

export function isAssetId(value: string): value is AssetId {
  return (MAJOR_ASSETS as readonly string[]).includes(value);
}
