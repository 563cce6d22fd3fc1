/**
 * Every venue Undertow reads, with the hosts it talks to. The manifest's host permissions are
 * generated from this list, so a venue cannot be called without being declared here.
 */
export const VENUES = {
  'binance-spot': { label: 'Binance', hosts: ['api.binance.com'] },
} as const satisfies Record<string, { label: string; hosts: readonly string[] }>;

export type VenueId = keyof typeof VENUES;

export const VENUE_IDS = Object.keys(VENUES) as VenueId[];

export function venueHostPermissions(): string[] {
  return VENUE_IDS.flatMap((id) => VENUES[id].hosts.map((host) => `https://${host}/*`));
}
