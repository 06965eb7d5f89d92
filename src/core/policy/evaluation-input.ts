import { AGENCY_KINDS, type AgencyKind } from '../agency/agency.js';
import {
  isOffenseCategory,
  OFFENSE_LEVELS,
  type OffenseCategory,
  type OffenseLevel,
} from '../offense/offense-categories.js';
import {
  DETAINER_FORMS,
  PROBABLE_CAUSE_BASES,
  WARRANT_KINDS,
  type DetainerForm,
  type ProbableCauseBasis,
  type WarrantKind,
} from '../request/detainer-request.js';
import { parseInstant } from '../request/new-detainer.js';
import { err, ok, type Result } from '../shared/result.js';
import { invalidInput, type EngineError } from './engine-errors.js';
import type { Conviction, PendingCharge, SubjectFacts } from './facts.js';

/** The `evaluate` contract's input, checked: every field named in errors by its JSON path. */
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

class InputProblem extends Error {
  constructor(
    readonly field: string,
    readonly problem: string,
  ) {
    super(`${field}: ${problem}`);
  }
}

type Json = Record<string, unknown>;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

function object(value: unknown, field: string, allowed: readonly string[], required: readonly string[] = []): Json {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new InputProblem(field, 'must be an object');
  const json = value as Json;
  for (const key of Object.keys(json)) {
    if (!allowed.includes(key))
      throw new InputProblem(field === 'input' ? key : `${field}.${key}`, 'is not a known field');
  }
  for (const key of required) {
    if (json[key] === undefined) throw new InputProblem(field === 'input' ? key : `${field}.${key}`, 'is required');
  }
  return json;
}

function oneOf<T extends string>(value: unknown, field: string, values: readonly T[]): T {
  if (typeof value !== 'string' || !values.includes(value as T)) {
    throw new InputProblem(field, `must be one of ${values.join(', ')}`);
  }
  return value as T;
}

function instant(value: unknown, field: string): Date {
  const parsed = typeof value === 'string' ? parseInstant(value) : undefined;
  if (!parsed) throw new InputProblem(field, 'must be an ISO 8601 instant with a time zone offset');
  return parsed;
}

function optionalBoolean(value: unknown, field: string): boolean | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'boolean') throw new InputProblem(field, 'must be true or false');
  return value;
}

function list(value: unknown, field: string): unknown[] {
  if (!Array.isArray(value)) throw new InputProblem(field, 'must be a list');
  return value;
}

function categories(value: unknown, field: string): OffenseCategory[] {
  if (value === undefined) return [];
  return list(value, field).map((c, i) => {
    if (typeof c !== 'string' || !isOffenseCategory(c))
      throw new InputProblem(`${field}[${i}]`, 'is not a known offense category');
    return c;
  });
}

function conviction(value: unknown, field: string): Conviction {
  const c = object(value, field, ['date', 'level', 'categories', 'prop47Reduced'], ['date', 'level']);
  if (typeof c.date !== 'string' || !DATE.test(c.date) || Number.isNaN(Date.parse(`${c.date}T00:00:00Z`))) {
    throw new InputProblem(`${field}.date`, 'must be a date written YYYY-MM-DD');
  }
  return {
    date: c.date,
    level: oneOf<OffenseLevel>(c.level, `${field}.level`, OFFENSE_LEVELS),
    categories: categories(c.categories, `${field}.categories`),
    prop47Reduced: optionalBoolean(c.prop47Reduced, `${field}.prop47Reduced`) ?? false,
  };
}

function pendingCharge(value: unknown, field: string): PendingCharge {
  const c = object(value, field, ['level', 'categories', 'magistrateProbableCause'], ['level']);
  return {
    level: oneOf<OffenseLevel>(c.level, `${field}.level`, OFFENSE_LEVELS),
    categories: categories(c.categories, `${field}.categories`),
    magistrateProbableCause: optionalBoolean(c.magistrateProbableCause, `${field}.magistrateProbableCause`) ?? false,
  };
}

function subject(value: unknown, root = 'subject'): SubjectFacts {
  if (value === undefined) return {};
  const s = object(value, root, [
    'proofOfLawfulStatus',
    'registrant',
    'federalFelonyWarrant',
    'terroristWatchListMatch',
    'convictions',
    'pendingCharges',
  ]);
  const facts: { -readonly [K in keyof SubjectFacts]: SubjectFacts[K] } = {};
  for (const key of ['proofOfLawfulStatus', 'registrant', 'federalFelonyWarrant', 'terroristWatchListMatch'] as const) {
    const v = optionalBoolean(s[key], `${root}.${key}`);
    if (v !== undefined) facts[key] = v;
  }
  if (s.convictions !== undefined) {
    facts.convictions = list(s.convictions, `${root}.convictions`).map((c, i) =>
      conviction(c, `${root}.convictions[${i}]`),
    );
  }
  if (s.pendingCharges !== undefined) {
    facts.pendingCharges = list(s.pendingCharges, `${root}.pendingCharges`).map((c, i) =>
      pendingCharge(c, `${root}.pendingCharges[${i}]`),
    );
  }
  return facts;
}

/**
 * Parses facts about a person as the `evaluate` contract's `subject` takes them (missing lists of
 * categories become empty, flags default to false), naming fields under `root`. The lifecycle uses
 * it for `facts-updated`, so a fact recorded on a detainer reads exactly as one given to `evaluate`.
 */
export function parseSubjectFacts(value: unknown, root: string): Result<SubjectFacts, EngineError> {
  try {
    return ok(subject(value, root));
  } catch (error) {
    if (error instanceof InputProblem) return err(invalidInput(error.field, error.problem));
    throw error;
  }
}

/** Parses one evaluation input. Unknown fields, wrong types and bad values are errors naming the field. */
export function parseEvaluationInput(raw: unknown): Result<EvaluationInput, EngineError> {
  try {
    const top = object(
      raw,
      'input',
      ['asOf', 'place', 'agencyKind', 'discretion', 'request', 'subject', 'releaseEligibleAt'],
      ['asOf', 'place', 'request'],
    );
    const place = object(top.place, 'place', ['state', 'countyFips'], ['state']);
    if (typeof place.state !== 'string' || !/^[A-Z]{2}$/.test(place.state)) {
      throw new InputProblem('place.state', 'must be a two-letter USPS code in capitals');
    }
    if (place.countyFips !== undefined && (typeof place.countyFips !== 'string' || !/^\d{5}$/.test(place.countyFips))) {
      throw new InputProblem('place.countyFips', 'must be a 5-digit FIPS code written as text');
    }
    const request = object(top.request, 'request', ['form', 'formEdition', 'warrant', 'probableCause'], ['form']);
    if (request.formEdition !== undefined && (typeof request.formEdition !== 'string' || request.formEdition === '')) {
      throw new InputProblem('request.formEdition', 'must be text, e.g. 2017-02');
    }
    const probableCause =
      request.probableCause === undefined
        ? []
        : list(request.probableCause, 'request.probableCause').map((b, i) =>
            oneOf<ProbableCauseBasis>(b, `request.probableCause[${i}]`, PROBABLE_CAUSE_BASES),
          );
    return ok({
      asOf: instant(top.asOf, 'asOf'),
      state: place.state,
      countyFips: (place.countyFips as string | undefined) ?? null,
      agencyKind:
        top.agencyKind === undefined ? 'county-jail' : oneOf<AgencyKind>(top.agencyKind, 'agencyKind', AGENCY_KINDS),
      discretion:
        top.discretion === undefined ? 'comply' : oneOf(top.discretion, 'discretion', ['comply', 'decline'] as const),
      request: {
        form: oneOf<DetainerForm>(request.form, 'request.form', DETAINER_FORMS),
        formEdition: (request.formEdition as string | undefined) ?? null,
        warrant:
          request.warrant === undefined
            ? 'none'
            : oneOf<WarrantKind>(request.warrant, 'request.warrant', WARRANT_KINDS),
        probableCause: [...new Set(probableCause)],
      },
      subject: subject(top.subject),
      releaseEligibleAt:
        top.releaseEligibleAt === undefined || top.releaseEligibleAt === null
          ? null
          : instant(top.releaseEligibleAt, 'releaseEligibleAt'),
    });
  } catch (error) {
    if (error instanceof InputProblem) return err(invalidInput(error.field, error.problem));
    throw error;
  }
}
