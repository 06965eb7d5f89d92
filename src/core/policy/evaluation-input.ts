import type { AgencyKind } from '../agency/agency.js';
import type { OffenseCategory } from '../offense/offense-categories.js';
import type { DetainerForm, ProbableCauseBasis, WarrantKind } from '../request/detainer-request.js';
import type { DomainError } from '../shared/errors.js';
import { err, ok, type Result } from '../shared/result.js';
import { validateInput } from '../shared/validate-input.js';
import { EvaluationInputSchema, SubjectFactsSchema, type EvaluationInputJson } from './evaluation-input.schema.js';
import type { SubjectFacts } from './facts.js';

/** The `evaluate` contract's input, checked: every field named in errors by its path. */
export interface EvaluationInput {
  readonly asOf: Date;
  readonly state: string;
  readonly countyFips: string | null;
  readonly agencyKind: AgencyKind;
  readonly discretion: 'comply' | 'decline';
  readonly request: {
    readonly form: DetainerForm;
    readonly formEdition: string | null;
    readonly warrant: WarrantKind;
    readonly probableCause: readonly ProbableCauseBasis[];
  };
  readonly subject: SubjectFacts;
  readonly releaseEligibleAt: Date | null;
}

type SubjectFactsJson = NonNullable<EvaluationInputJson['subject']>;

/** Facts as the schema took them, with the defaults the law reads: no categories, flags false. */
function subjectFacts(json: SubjectFactsJson): SubjectFacts {
  const facts: { -readonly [K in keyof SubjectFacts]: SubjectFacts[K] } = {};
  for (const key of [
    'proofOfLawfulStatus',
    'registrant',
    'federalFelonyWarrant',
    'terroristWatchListMatch',
    'removedAndReentered',
    'warrantGangOrRemovalOrder',
  ] as const) {
    const value = json[key];
    if (value !== undefined) facts[key] = value;
  }
  if (json.instantArrestDate !== undefined) facts.instantArrestDate = json.instantArrestDate;
  if (json.convictions) {
    facts.convictions = json.convictions.map((c) => ({
      date: c.date,
      level: c.level,
      categories: (c.categories ?? []) as OffenseCategory[],
      prop47Reduced: c.prop47Reduced ?? false,
      ...(c.releasedFromIncarceration === undefined ? {} : { releasedFromIncarceration: c.releasedFromIncarceration }),
    }));
  }
  if (json.pendingCharges) {
    facts.pendingCharges = json.pendingCharges.map((c) => ({
      level: c.level,
      categories: (c.categories ?? []) as OffenseCategory[],
      magistrateProbableCause: c.magistrateProbableCause ?? false,
    }));
  }
  return facts;
}

/**
 * Facts about a person as the `evaluate` contract's `subject` takes them (missing lists of
 * categories become empty, flags default to false), naming fields under `root`. The lifecycle uses
 * it for `facts-updated`, so a fact recorded on a detainer reads exactly as one given to `evaluate`.
 */
export function parseSubjectFacts(value: unknown, root: string): Result<SubjectFacts, DomainError> {
  const checked = validateInput(SubjectFactsSchema, value, { prefix: root, root });
  return checked.ok ? ok(subjectFacts(checked.value)) : checked;
}

/** Parses one evaluation input with its schema. Unknown fields, wrong types and bad values name the field. */
export function parseEvaluationInput(raw: unknown): Result<EvaluationInput, DomainError> {
  const checked = validateInput(EvaluationInputSchema, raw, { root: 'input' });
  if (!checked.ok) return err(checked.error);
  const input = checked.value;
  return ok({
    asOf: new Date(input.asOf),
    state: input.place.state,
    countyFips: input.place.countyFips ?? null,
    agencyKind: input.agencyKind ?? 'county-jail',
    discretion: (input.discretion ?? 'comply') as 'comply' | 'decline',
    request: {
      form: input.request.form,
      formEdition: input.request.formEdition ?? null,
      warrant: input.request.warrant ?? 'none',
      probableCause: [...new Set(input.request.probableCause ?? [])],
    },
    subject: input.subject === undefined ? {} : subjectFacts(input.subject),
    releaseEligibleAt:
      input.releaseEligibleAt === undefined || input.releaseEligibleAt === null
        ? null
        : new Date(input.releaseEligibleAt),
  });
}
