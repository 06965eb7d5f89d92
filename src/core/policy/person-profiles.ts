import { formInUse, warrantOn } from '../research/replay-request.js';
import type { DetainerForm, ProbableCauseBasis, WarrantKind } from '../request/detainer-request.js';
import type { SubjectFacts } from './facts.js';

/**
 * The short list of persons the public portal describes the law for (issue 12: "no criminal
 * record; a pending misdemeanour; a serious or violent felony conviction; proof of lawful status").
 * A fact a profile does not give stays unknown, so a rule that needs it leaves the answer
 * undecided, naming the fact.
 *
 * NOTE for the merge: the same ids and the same facts as the map-api slice's
 * src/core/law-map/profiles.ts (`profileSubject`, `standardRequest`), copied so that the place
 * summary and the map say the same thing; the two are to become one module.
 */
export const PROFILE_IDS = ['no-record', 'pending-misdemeanor', 'serious-felony', 'lawful-status'] as const;
export type ProfileId = (typeof PROFILE_IDS)[number];

export interface PersonProfile {
  readonly id: ProfileId;
  /** The person's facts on a local date (the conviction is dated a year before it). */
  facts(localDate: string): SubjectFacts;
}

const NO_PROOF = { proofOfLawfulStatus: false } as const;

/** A serious or violent felony conviction (CA and NYC categories) a year before `localDate`. */
function seriousFelony(localDate: string): SubjectFacts['convictions'] {
  const oneYearBefore = `${String(Number(localDate.slice(0, 4)) - 1).padStart(4, '0')}${localDate.slice(4)}`;
  const date = oneYearBefore.endsWith('-02-29') ? `${oneYearBefore.slice(0, 8)}28` : oneYearBefore;
  return [
    {
      date,
      level: 'felony',
      categories: ['serious-felony', 'violent-felony', 'nyc-violent-or-serious'],
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
  { id: 'serious-felony', facts: (date) => ({ ...NO_PROOF, convictions: seriousFelony(date), pendingCharges: [] }) },
  { id: 'lawful-status', facts: () => ({ proofOfLawfulStatus: true }) },
];

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
