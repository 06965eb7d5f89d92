import { Type, type Static } from 'typebox';
import { AGENCY_KINDS } from '../agency/agency.js';
import { OFFENSE_CATEGORIES, OFFENSE_LEVELS } from '../offense/offense-categories.js';
import { DETAINER_FORMS, PROBABLE_CAUSE_BASES, WARRANT_KINDS } from '../request/detainer-request.js';
import { HISTORY_YEARS, Instant, LocalDate, Pattern } from '../shared/input-types.js';

/**
 * The `evaluate` contract's input (`POST /evaluate`, `detainer-desk evaluate`), and the facts about
 * a person it takes, which the lifecycle records with `facts-updated`: one declaration for both, so
 * a fact recorded on a detainer reads exactly as one given to `evaluate`. Decision instants go back
 * to 1900 (HISTORY_YEARS), before the library's earliest rule (1988), so any rule can be asked about.
 */
const Category = Type.Enum(Object.keys(OFFENSE_CATEGORIES), { description: 'offense category tag' });
const Categories = Type.Optional(Type.Array(Category, { maxItems: 32 }));

export const ConvictionSchema = Type.Object(
  {
    date: LocalDate(HISTORY_YEARS, 'date of the conviction'),
    level: Type.Enum(OFFENSE_LEVELS),
    categories: Categories,
    prop47Reduced: Type.Optional(Type.Boolean()),
    releasedFromIncarceration: Type.Optional(
      Type.Union(
        [
          LocalDate(HISTORY_YEARS, 'the day the person was released from a sentence of incarceration served for it'),
          Type.Null(),
        ],
        {
          description:
            'release from a sentence of incarceration served for it; null when none was served (NYC Admin. Code 9-131)',
        },
      ),
    ),
  },
  { additionalProperties: false },
);

export const PendingChargeSchema = Type.Object(
  {
    level: Type.Enum(OFFENSE_LEVELS),
    categories: Categories,
    magistrateProbableCause: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);

export const SUBJECT_FACT_FIELDS = {
  proofOfLawfulStatus: Type.Optional(Type.Boolean()),
  registrant: Type.Optional(Type.Boolean()),
  federalFelonyWarrant: Type.Optional(Type.Boolean()),
  terroristWatchListMatch: Type.Optional(Type.Boolean()),
  warrantGangOrRemovalOrder: Type.Optional(
    Type.Boolean({
      description:
        'has an outstanding criminal warrant, is a known gang member, or has an outstanding removal warrant or final order of removal (NYC Local Law 62 of 2011)',
    }),
  ),
  removedAndReentered: Type.Optional(
    Type.Boolean({ description: 'was removed (deported) and re-entered unlawfully (NYC Admin. Code 14-154)' }),
  ),
  instantArrestDate: Type.Optional(
    LocalDate(HISTORY_YEARS, 'the local date of the arrest for which the person is now in custody'),
  ),
  convictions: Type.Optional(Type.Array(ConvictionSchema, { maxItems: 100 })),
  pendingCharges: Type.Optional(Type.Array(PendingChargeSchema, { maxItems: 100 })),
};

export const SubjectFactsSchema = Type.Object(SUBJECT_FACT_FIELDS, {
  additionalProperties: false,
  description: 'facts about the person; a fact a rule needs and that is absent answers POLICY.MISSING_FACT',
});

const DecisionInstant = (description: string) => Instant(HISTORY_YEARS, description);

export const EvaluationInputSchema = Type.Object(
  {
    asOf: DecisionInstant('the decision instant'),
    place: Type.Object(
      {
        state: Pattern('^[A-Z]{2}$', 'must be a two-letter USPS code in capitals', {
          kind: 'stateCode',
          description: 'USPS code',
        }),
        countyFips: Type.Optional(
          Pattern('^\\d{5}$', 'must be a 5-digit FIPS code written as text', { kind: 'countyFips' }),
        ),
      },
      { additionalProperties: false },
    ),
    agencyKind: Type.Optional(Type.Enum(AGENCY_KINDS)),
    discretion: Type.Optional(
      Type.Enum(['comply', 'decline'], {
        description: "the agency's own setting where the law leaves an action permitted (default comply)",
      }),
    ),
    request: Type.Object(
      {
        form: Type.Enum(DETAINER_FORMS),
        formEdition: Type.Optional(
          Pattern('^(pre-2010|\\d{4}(-(0[1-9]|1[0-2]))?)$', 'must be an edition such as 2017-02, 2015 or pre-2010', {
            kind: 'editionForm',
            description: 'the edition in use on the date when absent',
          }),
        ),
        warrant: Type.Optional(Type.Enum(WARRANT_KINDS)),
        probableCause: Type.Optional(Type.Array(Type.Enum(PROBABLE_CAUSE_BASES), { maxItems: 5 })),
      },
      { additionalProperties: false },
    ),
    subject: Type.Optional(SubjectFactsSchema),
    releaseEligibleAt: Type.Optional(
      Type.Union([DecisionInstant('when the person became eligible for release'), Type.Null()]),
    ),
  },
  { additionalProperties: false, description: 'one decision to make; unknown fields are refused, naming the field' },
);
export type EvaluationInputJson = Static<typeof EvaluationInputSchema>;

/** A batch of inputs is bounded, as every list an input takes. */
export const MAX_EVALUATION_BATCH = 1000;
