import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadLaw } from '../../src/composition/law.js';
import { AGENCY_KINDS } from '../../src/core/agency/agency.js';
import { compileLaw, FAST_CONFLICT, FAST_UNKNOWN_FORM } from '../../src/core/policy/compile.js';
import { MissingFactSignal } from '../../src/core/policy/engine-errors.js';
import type { EvaluationInput } from '../../src/core/policy/evaluation-input.js';
import { evaluate } from '../../src/core/policy/evaluate.js';
import type { Conviction, SubjectFacts } from '../../src/core/policy/facts.js';
import { codeOf } from '../../src/core/policy/formula.js';
import { ACTIONS, type Modality } from '../../src/core/policy/policy.types.js';
import { OFFENSE_CATEGORIES, OFFENSE_LEVELS, type OffenseCategory } from '../../src/core/offense/offense-categories.js';
import { PROBABLE_CAUSE_BASES, WARRANT_KINDS, type DetainerForm } from '../../src/core/request/detainer-request.js';
import { FORM_CATALOGUE } from '../../src/core/request/form-catalogue.js';

const law = loadLaw();
const MODALITY_CODE: Record<Modality, number> = { permitted: 1, required: 2, forbidden: 3 };

/** What the traced path says, in the fast path's packed form; or the kind of error. */
function traced(input: EvaluationInput): number | string {
  const result = evaluate(law.engine, input);
  if (!result.ok) return result.error.kind;
  let packed = 0;
  ACTIONS.forEach((action, i) => {
    const modality = result.value.actions[action].modality;
    if (modality) packed |= MODALITY_CODE[modality] << (2 * i);
  });
  return packed;
}

function fast(input: EvaluationInput): number | string {
  const compiled = compileLaw(law.engine.library, law.engine.places, input, input.asOf);
  if (!compiled) return 'UnknownPlace';
  try {
    const packed = compiled.decide(input.request, input.subject);
    if (packed === FAST_UNKNOWN_FORM) return 'UnknownForm';
    if (packed === FAST_CONFLICT) return 'ConflictingRules';
    return packed;
  } catch (error) {
    if (error instanceof MissingFactSignal) return 'MissingFact';
    throw error;
  }
}

describe('the fast path agrees with the traced path', () => {
  it('on every case of the law library', () => {
    expect(law.cases.length).toBeGreaterThan(50);
    for (const policyCase of law.cases) {
      const input = policyCase.input;
      // An unknown county makes the traced path fail before rules run; the compiler reports it as undefined.
      expect(fast(input), `${policyCase.file}:${policyCase.line} ${policyCase.sentence}`).toEqual(traced(input));
    }
  });

  it('packs modalities the way codeOf reads them', () => {
    const sample = law.cases.find((c) => c.expect.kind === 'decision')!;
    const packed = fast(sample.input) as number;
    for (const action of ACTIONS) expect([0, 1, 2, 3]).toContain(codeOf(packed, action));
  });

  it('on a large random sample of generated facts', () => {
    const day = (from: number, to: number) =>
      fc
        .integer({ min: Date.UTC(from, 0, 1), max: Date.UTC(to, 11, 31) })
        .map((ms) => new Date(ms).toISOString().slice(0, 10));
    const places = placesWithLaw();
    const date = fc.integer({ min: Date.UTC(2008, 0, 1), max: Date.UTC(2026, 11, 31) }).map((ms) => new Date(ms));
    const conviction = fc.record<Conviction>({
      date: fc
        .integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2026, 0, 1) })
        .map((ms) => new Date(ms).toISOString().slice(0, 10)),
      level: fc.constantFrom(...OFFENSE_LEVELS),
      categories: fc.subarray(Object.keys(OFFENSE_CATEGORIES) as OffenseCategory[], { maxLength: 2 }),
      prop47Reduced: fc.boolean(),
      // Unknown, none served, or a release date: NYC's window reads it (Admin. Code 9-131).
      releasedFromIncarceration: fc
        .option(day(1990, 2026), { nil: undefined })
        .chain((d) => (d === undefined ? fc.constantFrom(undefined, null) : fc.constant(d))),
    });
    const subject = fc.record<SubjectFacts>(
      {
        proofOfLawfulStatus: fc.boolean(),
        registrant: fc.boolean(),
        federalFelonyWarrant: fc.boolean(),
        terroristWatchListMatch: fc.boolean(),
        removedAndReentered: fc.boolean(),
        warrantGangOrRemovalOrder: fc.boolean(),
        instantArrestDate: day(2007, 2026),
        convictions: fc.array(conviction, { maxLength: 3 }),
        pendingCharges: fc.array(
          fc.record({
            level: fc.constantFrom(...OFFENSE_LEVELS),
            categories: fc.subarray([
              'serious-felony',
              'violent-felony',
              'state-prison-felony',
              'ca-7282.5-a3',
              'domestic-violence',
            ] as OffenseCategory[]),
            magistrateProbableCause: fc.boolean(),
          }),
          { maxLength: 2 },
        ),
      },
      // Sometimes a fact is unknown, so MissingFact is exercised on both paths.
      { requiredKeys: ['proofOfLawfulStatus', 'convictions'] },
    );
    const editions: Array<{ form: DetainerForm; edition: string | null }> = [
      ...FORM_CATALOGUE.map((e) => ({ form: e.form, edition: e.edition })),
      { form: 'I-247A', edition: null },
      { form: 'I-247', edition: null },
    ];
    const edition = fc.constantFrom(...editions);
    const input = fc.record({
      asOf: date,
      place: fc.constantFrom(...places),
      agencyKind: fc.constantFrom(...AGENCY_KINDS),
      discretion: fc.constantFrom('comply' as const, 'decline' as const),
      edition,
      warrant: fc.constantFrom(...WARRANT_KINDS),
      probableCause: fc.subarray([...PROBABLE_CAUSE_BASES]),
      subject,
    });
    fc.assert(
      fc.property(input, (generated) => {
        const { form, edition: formEdition } = generated.edition;
        const evaluation: EvaluationInput = {
          asOf: generated.asOf,
          state: generated.place.state,
          countyFips: generated.place.countyFips,
          agencyKind: generated.agencyKind,
          discretion: generated.discretion,
          request: { form, formEdition, warrant: generated.warrant, probableCause: generated.probableCause },
          subject: generated.subject,
          releaseEligibleAt: null,
        };
        expect(fast(evaluation)).toEqual(traced(evaluation));
      }),
      { numRuns: 20_000, seed: 20261129 },
    );
  }, 120_000);
});

/** Every state with a rule of its own, a county rule's counties, and a state without any. */
function placesWithLaw(): Array<{ state: string; countyFips: string | null }> {
  const places: Array<{ state: string; countyFips: string | null }> = [
    { state: 'PA', countyFips: null },
    { state: 'PA', countyFips: '42101' },
  ];
  for (const rule of law.engine.library.ordered) {
    if (rule.place.kind === 'state') places.push({ state: rule.place.state, countyFips: null });
    if (rule.place.kind === 'counties')
      for (const c of rule.place.counties) places.push({ state: rule.place.state, countyFips: c });
  }
  places.push({ state: 'CA', countyFips: '06037' });
  return places;
}
