import { formInUse, warrantOn } from '../research/replay-request.js';
import type { DetainerForm, ProbableCauseBasis, WarrantKind } from '../request/detainer-request.js';
import type { SubjectFacts } from './facts.js';

/**
 * The short list of persons the public portal describes the law for (issue 12: "no criminal
 * record; a pending misdemeanour; a serious or violent felony conviction; proof of lawful status").
 * A fact a profile does not give stays unknown, so a rule that needs it leaves the answer
 * undecided, naming the fact.
 * The place pages' summaries and the law map (src/core/law-map/profiles.ts, which adds the
 * profiles' descriptions and the form's details) both read these, so they describe the same persons.
 */
export const PROFILE_IDS = ['no-record', 'pending-misdemeanor', 'serious-felony', 'lawful-status'] as const;
export type ProfileId = (typeof PROFILE_IDS)[number];

export interface PersonProfile {
  readonly id: ProfileId;
  /** The person's facts on a local date (the conviction is dated a year before it). */
  facts(localDate: string): SubjectFacts;
}

/** No proof of lawful status shown, and (by definition of these persons) no possible watch-list match. */
const NO_PROOF = { proofOfLawfulStatus: false, terroristWatchListMatch: false } as const;

/**
 * A conviction the library's formulas recognise as a serious or violent felony: California's
 * categories (Pen. Code 1192.7(c), 667.5(c): Gov. Code 7282.5(a)(1)), New York City's "violent or
 * serious crime" (Admin. Code 9-131 / 14-154), New Jersey's violent or serious (and indictable)
 * offense, Connecticut's class A or B felony and the District of Columbia's dangerous or violent crime. Dated one year before the day asked, inside every
 * lookback of the library (5 years in NYC, 15 under SB 54), so that the profile is the same person
 * on every day and the map's panel changes only with the law. 29 February's twin is the 28th.
 */
function seriousFelony(localDate: string): SubjectFacts['convictions'] {
  const oneYearBefore = `${String(Number(localDate.slice(0, 4)) - 1).padStart(4, '0')}${localDate.slice(4)}`;
  const date = oneYearBefore.endsWith('-02-29') ? `${oneYearBefore.slice(0, 8)}28` : oneYearBefore;
  return [
    {
      date,
      level: 'felony',
      categories: [
        'serious-felony',
        'violent-felony',
        'nyc-violent-or-serious',
        'nj-violent-or-serious',
        'nj-indictable-crime',
        'ct-class-a-b-felony',
        'dc-dangerous-or-violent-crime',
      ],
      prop47Reduced: false,
    },
  ];
}

export const PERSON_PROFILES: readonly PersonProfile[] = [
  {
    id: 'no-record',
    facts: () => ({ ...NO_PROOF, convictions: [], pendingCharges: [], registrant: false, federalFelonyWarrant: false }),
  },
  {
    id: 'pending-misdemeanor',
    facts: () => ({
      ...NO_PROOF,
      convictions: [],
      pendingCharges: [{ level: 'misdemeanor', categories: [], magistrateProbableCause: false }],
      registrant: false,
      federalFelonyWarrant: false,
    }),
  },
  {
    id: 'serious-felony',
    // Arrested on the day asked, so NYC's five years from the instant arrest (Admin. Code 9-131) reach the conviction.
    facts: (date) => ({ ...NO_PROOF, convictions: seriousFelony(date), pendingCharges: [], instantArrestDate: date }),
  },
  { id: 'lawful-status', facts: () => ({ proofOfLawfulStatus: true }) },
];

/** The profile of an id. */
export function personProfile(id: ProfileId): PersonProfile {
  return PERSON_PROFILES.find((p) => p.id === id)!;
}

export interface StandardRequest {
  readonly form: DetainerForm;
  readonly formEdition: string;
  readonly warrant: WarrantKind;
  readonly probableCause: readonly ProbableCauseBasis[];
}

/**
 * The ordinary request of a day, as a replay of ICE's records assumes it (README "Replay"): the
 * full detainer form in use (I-247, the I-247D from 2015-07-02, the I-247A from 2017-04-02), an
 * administrative warrant from 2017-04-02 (ICE Policy 10074.2), none before, and a recorded
 * probable-cause basis (`final-order`), so that no rule decides on a missing box.
 */
export function standardRequest(localDate: string): StandardRequest {
  const edition = formInUse(localDate);
  return {
    form: edition.form,
    formEdition: edition.edition,
    warrant: warrantOn(localDate),
    probableCause: ['final-order'],
  };
}
