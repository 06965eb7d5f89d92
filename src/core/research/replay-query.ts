import { invalidField, type DomainError } from '../shared/errors.js';
import { err, ok, type Result } from '../shared/result.js';

/** What the FOIA data does not say about the person: assume none of it, or leave it unknown. */
export const RECORD_ASSUMPTIONS = ['none', 'unknown'] as const;
export type RecordAssumption = (typeof RECORD_ASSUMPTIONS)[number];

/** Which imported records to replay: a period of prepare dates and optional filters. */
export interface ReplaySelection {
  readonly from: string;
  readonly to: string;
  readonly state: string | null;
  readonly countyFips: string | null;
  readonly release: string | null;
}

/** A replay question: which records, under which place's law, in force on which day. */
export interface ReplayQuery {
  readonly law: { readonly state: string; readonly countyFips: string | null };
  /** The local date whose law applies. */
  readonly at: string;
  readonly selection: ReplaySelection;
  readonly assumeRecord: RecordAssumption;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const STATE = /^[A-Z]{2}$/;
const FIPS = /^\d{5}$/;

type Json = Record<string, unknown>;

class Problem extends Error {
  constructor(
    readonly field: string,
    readonly problem: string,
  ) {
    super(`${field}: ${problem}`);
  }
}

function object(value: unknown, field: string, allowed: readonly string[]): Json {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new Problem(field, 'must be an object');
  for (const key of Object.keys(value)) {
    if (!allowed.includes(key)) throw new Problem(field === '' ? key : `${field}.${key}`, 'is not a known field');
  }
  return value as Json;
}

function date(value: unknown, field: string): string {
  if (typeof value !== 'string' || !DATE.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`)))
    throw new Problem(field, 'must be a date YYYY-MM-DD');
  if (new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) !== value)
    throw new Problem(field, 'is not a calendar date');
  return value;
}

function pattern(value: unknown, field: string, re: RegExp, what: string, required = false): string | null {
  if (value === undefined || value === null) {
    if (required) throw new Problem(field, 'is required');
    return null;
  }
  if (typeof value !== 'string' || !re.test(value)) throw new Problem(field, `must be ${what}`);
  return value;
}

/**
 * The public contract `{ law: {state, countyFips?}, at, from, to, filters?: {state?, countyFips?,
 * release?}, assumeRecord? }`, checked; the CLI builds the same object from its options.
 */
export function parseReplayQuery(raw: unknown): Result<ReplayQuery, DomainError> {
  try {
    const input = object(raw, '', ['law', 'at', 'from', 'to', 'filters', 'assumeRecord']);
    if (input.law === undefined) throw new Problem('law', 'is required');
    const law = object(input.law, 'law', ['state', 'countyFips']);
    const state = pattern(law.state, 'law.state', STATE, 'a USPS state code (e.g. CA)', true)!;
    const countyFips = pattern(law.countyFips, 'law.countyFips', FIPS, 'a 5-digit county FIPS code');
    for (const key of ['at', 'from', 'to']) if (input[key] === undefined) throw new Problem(key, 'is required');
    const at = date(input.at, 'at');
    const from = date(input.from, 'from');
    const to = date(input.to, 'to');
    if (to < from) throw new Problem('to', 'must not be before from');
    const filters = object(input.filters ?? {}, 'filters', ['state', 'countyFips', 'release']);
    const release = filters.release;
    if (release !== undefined && (typeof release !== 'string' || release.trim() === ''))
      throw new Problem('filters.release', 'must be a release name');
    const assume = input.assumeRecord ?? 'none';
    if (typeof assume !== 'string' || !(RECORD_ASSUMPTIONS as readonly string[]).includes(assume))
      throw new Problem('assumeRecord', `must be one of ${RECORD_ASSUMPTIONS.join(', ')}`);
    return ok({
      law: { state, countyFips },
      at,
      selection: {
        from,
        to,
        state: pattern(filters.state, 'filters.state', STATE, 'a USPS state code (e.g. PA)'),
        countyFips: pattern(filters.countyFips, 'filters.countyFips', FIPS, 'a 5-digit county FIPS code'),
        release: typeof release === 'string' ? release : null,
      },
      assumeRecord: assume as RecordAssumption,
    });
  } catch (error) {
    if (error instanceof Problem) return err(invalidField(error.field, error.problem));
    throw error;
  }
}

/** `STATE` or `STATE/COUNTY` (e.g. `CA`, `CA/06001`), as the CLI's --law takes it. */
export function parseLawPlace(text: string): { state: string; countyFips?: string } {
  const [state = '', county, ...rest] = text.split('/');
  if (rest.length > 0) return { state: text };
  return county === undefined ? { state: state.toUpperCase() } : { state: state.toUpperCase(), countyFips: county };
}
