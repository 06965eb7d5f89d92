import { readAt, type AskedDate } from '../../../shared/atParam';

/**
 * The compare page's address, read strictly: `/compare?a=06001&b=48201[&at=&release=&profile=]`.
 * Each side is a state (its USPS code, any case) or a county (its five-digit FIPS code); anything
 * else is said back to the reader, never guessed.
 */

export type PlaceRef =
  { readonly kind: 'state'; readonly state: string } | { readonly kind: 'county'; readonly fips: string };

export type Side =
  | { readonly kind: 'place'; readonly place: PlaceRef }
  | { readonly kind: 'missing' }
  | { readonly kind: 'invalid'; readonly raw: string };

export const COMPARE_PROFILES = ['no-record', 'pending-misdemeanor', 'serious-felony', 'lawful-status'] as const;
export type CompareProfile = (typeof COMPARE_PROFILES)[number];
export const DEFAULT_PROFILE: CompareProfile = 'no-record';

export interface CompareParams {
  readonly a: Side;
  readonly b: Side;
  readonly at: AskedDate;
  readonly release: string | null;
  readonly profile: CompareProfile;
  /** The `profile` asked when it is none of the four (the default is shown instead). */
  readonly badProfile: string | null;
}

const USPS = /^[A-Za-z]{2}$/;
const FIPS = /^\d{5}$/;
/** The longest value said back to the reader (an address can carry anything). */
const MAX_SHOWN = 40;

export function readSide(raw: string | null): Side {
  const text = (raw ?? '').trim();
  if (text === '') return { kind: 'missing' };
  if (USPS.test(text)) return { kind: 'place', place: { kind: 'state', state: text.toUpperCase() } };
  if (FIPS.test(text)) return { kind: 'place', place: { kind: 'county', fips: text } };
  return { kind: 'invalid', raw: text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN)}…` : text };
}

const isProfile = (value: string): value is CompareProfile => (COMPARE_PROFILES as readonly string[]).includes(value);

export function readCompare(search: URLSearchParams): CompareParams {
  const profile = search.get('profile');
  const release = search.get('release');
  return {
    a: readSide(search.get('a')),
    b: readSide(search.get('b')),
    at: readAt(search),
    release: release === null || release === '' ? null : release,
    profile: profile !== null && isProfile(profile) ? profile : DEFAULT_PROFILE,
    badProfile: profile !== null && profile !== '' && !isProfile(profile) ? profile.slice(0, MAX_SHOWN) : null,
  };
}

/** The code a place has in the address: "CA" or "06001". */
export const placeCode = (place: PlaceRef): string => (place.kind === 'state' ? place.state : place.fips);

/** The address's query as it is, for href() (every parameter kept). */
export function searchOf(search: URLSearchParams): Record<string, string> {
  return Object.fromEntries(search);
}

/** The query with one side set to a place (the others kept). */
export function withSide(search: URLSearchParams, side: 'a' | 'b', code: string): Record<string, string> {
  return { ...searchOf(search), [side]: code };
}

/** The query with the two sides exchanged, as written (a bad value moves with its side). */
export function swapped(search: URLSearchParams): Record<string, string | null> {
  return { ...searchOf(search), a: search.get('b'), b: search.get('a') };
}
