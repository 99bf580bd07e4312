/*
 * Addresses as people write them differ in width, spacing and wording (３幢 / 3栋 / 3号楼). Repeat addresses
 * and the match with a place compare a normalized key instead: NFKC (full-width digits and letters become
 * half-width), lower case, no spaces or punctuation, one word for a building, and without the city and district
 * every address of the station shares.
 */

const BUILDING_WORDS = /(号楼|栋|座)/g;
const PUNCTUATION = /[\s\p{P}\p{S}]+/gu;
// A residential compound is a 小区, not a district.
const LEADING_REGION = /^(?:[^市]{2,6}市)?(?:[^区县市]{2,6}(?<!小)[区县])?/;

export function addressKey(address: string | null | undefined): string | null {
  if (!address) return null;
  let key = address.normalize("NFKC").toLowerCase().replace(PUNCTUATION, "");
  key = key.replace(BUILDING_WORDS, "幢");
  const stripped = key.replace(LEADING_REGION, "");
  // An address that is only a city and district names nowhere in particular.
  key = stripped.length >= 2 ? stripped : key;
  return key.length > 0 ? key.slice(0, 200) : null;
}

/** A place as the match sees it: its id, community and the keys of its name and address. */
export interface PlaceKeys {
  id: number;
  communityId: number;
  keys: string[];
}

/** Keys shorter than this match too much by prefix ("3幢" would match every compound's building 3). */
const MIN_PREFIX_KEY = 4;

/** The places by community and key, built once for many addresses (an import of 100,000 lines). */
export type PlaceIndex = Map<number, Map<string, number>>;

export function placeIndex(places: readonly PlaceKeys[]): PlaceIndex {
  const index: PlaceIndex = new Map();
  for (const place of places) {
    let keys = index.get(place.communityId);
    if (!keys) index.set(place.communityId, (keys = new Map()));
    for (const k of place.keys) if (!keys.has(k)) keys.set(k, place.id);
  }
  return index;
}

/**
 * The place an incident's address names: a place of the same community whose name or address key equals the
 * address key, or else the one whose key is the longest prefix of it (柳荫小区 for 柳荫小区3幢2单元).
 */
export function matchPlace(key: string | null, communityId: number, index: PlaceIndex): number | null {
  const keys = key ? index.get(communityId) : undefined;
  if (!key || !keys) return null;
  const exact = keys.get(key);
  if (exact !== undefined) return exact;
  for (let length = key.length - 1; length >= MIN_PREFIX_KEY; length--) {
    const id = keys.get(key.slice(0, length));
    if (id !== undefined) return id;
  }
  return null;
}
