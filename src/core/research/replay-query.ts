import { Type } from 'typebox';
import { invalidField, type DomainError } from '../shared/errors.js';
import { HISTORY_YEARS, Line, LocalDate, Pattern } from '../shared/input-types.js';
import { err, ok, type Result } from '../shared/result.js';
import { validateInput } from '../shared/validate-input.js';

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
  /** Replay re-issues (outcome `reissued`) too; left out by default, as in the statistics. */
  readonly includeReissues: boolean;
}

/** A replay question: which records, under which place's law, in force on which day. */
export interface ReplayQuery {
  readonly law: { readonly state: string; readonly countyFips: string | null };
  /** The local date whose law applies. */
  readonly at: string;
  readonly selection: ReplaySelection;
  readonly assumeRecord: RecordAssumption;
}

const StateCode = Pattern('^[A-Z]{2}$', 'must be a USPS state code in capitals (e.g. CA)', {
  kind: 'stateCode',
  description: 'USPS code',
});
const CountyFips = Pattern('^\\d{5}$', 'must be a 5-digit county FIPS code', {
  kind: 'countyFips',
  description: '5-digit county FIPS code',
});

/** The body of POST /replay and what `replay` builds from its options: the one declaration. */
export const ReplayQuerySchema = Type.Object(
  {
    law: Type.Object({ state: StateCode, countyFips: Type.Optional(CountyFips) }, { additionalProperties: false }),
    at: LocalDate(HISTORY_YEARS, 'the day whose law applies (local date)'),
    from: LocalDate(HISTORY_YEARS, 'first prepare date (inclusive)'),
    to: LocalDate(HISTORY_YEARS, 'last prepare date (inclusive)'),
    filters: Type.Optional(
      Type.Object(
        {
          state: Type.Optional(StateCode),
          countyFips: Type.Optional(CountyFips),
          release: Type.Optional(Line({ minLength: 1, maxLength: 128, description: 'an imported release id' })),
          includeReissues: Type.Optional(
            Type.Boolean({
              description:
                're-issues (lift reason Duplicate or Superseding - New Form Issued) are left out unless true',
            }),
          ),
        },
        { additionalProperties: false },
      ),
    ),
    assumeRecord: Type.Optional(
      Type.Enum(RECORD_ASSUMPTIONS, {
        description: 'subject facts the data lacks: none (default) assumes none; unknown leaves them unknown',
      }),
    ),
  },
  { additionalProperties: false },
);

/**
 * The public contract `{ law: {state, countyFips?}, at, from, to, filters?: {state?, countyFips?,
 * release?, includeReissues?}, assumeRecord? }`, checked with its schema; the CLI builds the same object from its options.
 */
export function parseReplayQuery(raw: unknown): Result<ReplayQuery, DomainError> {
  const checked = validateInput(ReplayQuerySchema, raw);
  if (!checked.ok) return checked;
  const input = checked.value;
  if (input.to < input.from)
    return err(invalidField('to', 'must not be before from', 'beforeStart', { other: 'from' }));
  const filters = input.filters ?? {};
  return ok({
    law: { state: input.law.state, countyFips: input.law.countyFips ?? null },
    at: input.at,
    selection: {
      from: input.from,
      to: input.to,
      state: filters.state ?? null,
      countyFips: filters.countyFips ?? null,
      release: filters.release ?? null,
      includeReissues: filters.includeReissues ?? false,
    },
    assumeRecord: (input.assumeRecord ?? 'none') as RecordAssumption,
  });
}

/** `STATE` or `STATE/COUNTY` (e.g. `CA`, `CA/06001`), as the CLI's --law takes it. */
export function parseLawPlace(text: string): { state: string; countyFips?: string } {
  const [state = '', county, ...rest] = text.split('/');
  if (rest.length > 0) return { state: text };
  return county === undefined ? { state: state.toUpperCase() } : { state: state.toUpperCase(), countyFips: county };
}
