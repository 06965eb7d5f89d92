import { addDays } from '../clock/local-calendar.js';
import { findEdition } from '../request/form-catalogue.js';
import type { DetainerForm, ProbableCauseBasis, WarrantKind } from '../request/detainer-request.js';
import type { SubjectFacts } from './facts.js';

/**
 * The short list of persons the public portal describes the law for (issue 12: "no criminal
 * record; a pending misdemeanour; a serious or violent felony conviction; proof of lawful status").
 * Every fact the library's formulas read is given, so that the law decides; a fact left out would
 * make the answer undecided, naming that fact.
 *
 * NOTE for the merge: the map-api slice defines the same profile ids for the map; the two lists are
 * to become one (this one was written before that branch was committed).
 */
export const PROFILE_IDS = ['no-record', 'pending-misdemeanor', 'serious-felony', 'lawful-status'] as const;
export type ProfileId = (typeof PROFILE_IDS)[number];

export interface PersonProfile {
  readonly id: ProfileId;
  /** The person's facts on a local date (a conviction is dated a year before it). */
  facts(localDate: string): SubjectFacts;
}

const CLEAN = {
  proofOfLawfulStatus: false,
  registrant: false,
  federalFelonyWarrant: false,
  terroristWatchListMatch: false,
  convictions: [],
  pendingCharges: [],
} as const satisfies SubjectFacts;

export const PERSON_PROFILES: readonly PersonProfile[] = [
  { id: 'no-record', facts: () => CLEAN },
  {
    id: 'pending-misdemeanor',
    facts: () => ({
      ...CLEAN,
      pendingCharges: [{ level: 'misdemeanor', categories: [], magistrateProbableCause: false }],
    }),
  },
  {
    id: 'serious-felony',
    facts: (date) => ({
      ...CLEAN,
      convictions: [
        {
          date: addDays(date, -365),
          level: 'felony',
          categories: ['serious-felony', 'violent-felony', 'state-prison-felony', 'nyc-violent-or-serious'],
          prop47Reduced: false,
        },
      ],
    }),
  },
  { id: 'lawful-status', facts: () => ({ ...CLEAN, proofOfLawfulStatus: true }) },
];

export interface StandardRequest {
  readonly form: DetainerForm;
  readonly formEdition: string;
  readonly warrant: WarrantKind;
  readonly probableCause: readonly ProbableCauseBasis[];
}

/** The forms that asked for all three actions, in the order ICE used them. */
const STANDARD_FORMS: readonly DetainerForm[] = ['I-247', 'I-247D', 'I-247A'];

/**
 * The ordinary request of a day: the all-actions form in use (I-247 until 2015-07-02, I-247D until
 * 2017-04-02, then I-247A), with an administrative warrant where ICE's policy sends one (I-247A:
 * I-200 or I-205) and probable cause from a biometric database check, the basis the forms list first.
 * Undefined when no such form was in use that day.
 */
export function standardRequest(localDate: string): StandardRequest | undefined {
  for (const form of STANDARD_FORMS) {
    const edition = findEdition(form, null, localDate);
    if (edition) {
      return {
        form,
        formEdition: edition.edition,
        warrant: edition.warrantByPolicy ? 'administrative' : 'none',
        probableCause: ['biometric-database'],
      };
    }
  }
  return undefined;
}
