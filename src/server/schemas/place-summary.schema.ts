import { Type, type Static, type TSchema } from 'typebox';
import { DETAINER_FORMS, PROBABLE_CAUSE_BASES, WARRANT_KINDS } from '../../core/request/detainer-request.js';
import { PROFILE_IDS } from '../../core/policy/person-profiles.js';
import type { PlaceSummary } from '../../core/policy/plain-summary.use-case.js';
import { OUTCOMES } from '../../core/policy/plain-summary.types.js';
import { ACTIONS } from '../../core/policy/policy.types.js';
import { CitationDto } from './policy.schema.js';

/** The plain-language summary of a place's law (issue 12, point 3). Mirrors the core's type exactly. */

const List = <T extends TSchema>(item: T) => Type.Immutable(Type.Array(item));
const Words = Type.Object(
  { en: Type.String(), es: Type.String() },
  { description: 'the same decision said in English and in Spanish (each built with its own grammar)' },
);

const ActionSummaryDto = Type.Object({
  action: Type.Enum(ACTIONS),
  outcome: Type.Enum(OUTCOMES, {
    description: 'undecided: a fact the profile leaves unknown decides (named in facts)',
  }),
  rule: Type.Union([Type.String(), Type.Null()], {
    description: 'the binding rule, or (nothing binds) the most specific rule that permits',
  }),
  rules: List(Type.String()),
  citations: List(CitationDto),
  facts: List(Type.String()),
});

export const PlaceSummaryDto = Type.Object({
  place: Type.Object({
    state: Type.String(),
    countyFips: Type.Union([Type.String(), Type.Null()]),
    name: Type.String(),
    timeZone: Type.String(),
  }),
  at: Type.String({ description: 'the local date of the place the summary is for' }),
  today: Type.Boolean(),
  agencyKind: Type.Literal('county-jail'),
  request: Type.Union(
    [
      Type.Object({
        form: Type.Enum(DETAINER_FORMS),
        formEdition: Type.String(),
        warrant: Type.Enum(WARRANT_KINDS),
        probableCause: List(Type.Enum(PROBABLE_CAUSE_BASES)),
      }),
      Type.Null(),
    ],
    { description: 'the ordinary request of that day the decisions answer (the all-actions form in use)' },
  ),
  lead: Words,
  profiles: List(
    Type.Object({
      profile: Type.Enum(PROFILE_IDS),
      label: Words,
      actions: List(ActionSummaryDto),
      sentence: Words,
    }),
  ),
});
export type PlaceSummaryDto = Static<typeof PlaceSummaryDto>;

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
export type _SummaryMatchesTheCore = Assert<Same<PlaceSummaryDto, PlaceSummary>>;
