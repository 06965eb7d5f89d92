import { addDays } from '../clock/local-calendar.js';
import type { FastRequest } from '../policy/compile.js';
import type { SubjectFacts } from '../policy/facts.js';
import {
  PROFILE_IDS,
  personProfile,
  standardRequest as standardPersonRequest,
  type ProfileId,
} from '../policy/person-profiles.js';
import { formInUse } from '../research/replay-request.js';
import type { FormEdition } from '../request/form-catalogue.js';

/**
 * The persons the law map and panel can be asked about (issue 12, point 1). Each is a set of the
 * facts the engine reads (src/core/policy/facts.ts); a fact a profile does not give stays unknown,
 * so a rule that needs it leaves the answer undecided, naming the fact.
 */
/** The same persons as the place pages' summaries: one definition (src/core/policy/person-profiles.ts). */
export const PROFILES = PROFILE_IDS;
export type Profile = ProfileId;

export interface ProfileInfo {
  readonly id: Profile;
  /** What the profile says of the person, in words (English). */
  readonly description: string;
  /** The facts given, as the engine reads them (the conviction's date as an offset from the day asked). */
  readonly facts: readonly string[];
}

export const PROFILE_INFO: Readonly<Record<Profile, ProfileInfo>> = {
  'no-record': {
    id: 'no-record',
    description:
      'No criminal record: no convictions, no pending charges, not a registrant, no outstanding federal felony warrant, not a possible watch-list match; no proof of lawful status shown.',
    facts: [
      'subject.convictions = []',
      'subject.pendingCharges = []',
      'subject.registrant = false',
      'subject.federalFelonyWarrant = false',
      'subject.proofOfLawfulStatus = false',
      'subject.terroristWatchListMatch = false',
    ],
  },
  'pending-misdemeanor': {
    id: 'pending-misdemeanor',
    description:
      'A pending misdemeanor charge (no listed category, no magistrate finding) and no convictions, not a registrant, no outstanding federal felony warrant, not a possible watch-list match; no proof of lawful status shown.',
    facts: [
      'subject.convictions = []',
      'subject.pendingCharges = [misdemeanor, no category, no magistrate finding]',
      'subject.registrant = false',
      'subject.federalFelonyWarrant = false',
      'subject.proofOfLawfulStatus = false',
      'subject.terroristWatchListMatch = false',
    ],
  },
  'serious-felony': {
    id: 'serious-felony',
    description:
      'A serious or violent felony conviction, a year before the day asked, arrested on the day asked, nothing pending, not a possible watch-list match; no proof of lawful status shown. Registration and federal warrants are not given.',
    facts: [
      'subject.convictions = [felony: serious-felony, violent-felony, nyc-violent-or-serious, nj-violent-or-serious, nj-indictable-crime, ct-class-a-b-felony, dc-dangerous-or-violent-crime; one year before]',
      'subject.instantArrestDate = the day asked',
      'subject.terroristWatchListMatch = false',
      'subject.pendingCharges = []',
      'subject.proofOfLawfulStatus = false',
    ],
  },
  'lawful-status': {
    id: 'lawful-status',
    description: 'Has shown proof of lawful immigration status (or citizenship). Nothing else is given.',
    facts: ['subject.proofOfLawfulStatus = true'],
  },
};

/** The profile's facts on a local date (only the serious felony's date depends on it). */
export function profileSubject(profile: Profile, localDate: string): SubjectFacts {
  return personProfile(profile).facts(localDate);
}

export interface StandardForm {
  readonly form: string;
  readonly edition: string;
  readonly title: string;
  /** First day the edition was in use; null when the catalogue does not know (the oldest I-247 prints). */
  readonly inUseFrom: string | null;
  readonly inUseUntil: string | null;
  /** False when the day is before any edition whose start the catalogue knows. */
  readonly startKnown: boolean;
  readonly warrant: FastRequest['warrant'];
  readonly probableCause: FastRequest['probableCause'];
  readonly note: string;
}

/**
 * The standard request on a local date: the full detainer form ICE used that day (the form catalogue,
 * src/core/request/form-catalogue.ts, from the domain brief's form table: I-247 editions, the I-247D
 * from 2015-07-02 (PEP), the I-247A from 2017-04-02), with the same assumptions as a replay of ICE's
 * records (README "Replay"): an administrative warrant from 2017-04-02 (ICE Policy 10074.2), none
 * before; a recorded probable-cause basis (`final-order`), so that no rule decides on a missing box.
 */
export function standardRequest(localDate: string): { request: FastRequest; form: StandardForm } {
  const edition: FormEdition = formInUse(localDate);
  const request = standardPersonRequest(localDate);
  const { warrant, probableCause } = request;
  const startKnown = edition.inUseFrom !== null;
  return {
    request,
    form: {
      form: edition.form,
      edition: edition.edition,
      title: edition.title,
      inUseFrom: edition.inUseFrom,
      inUseUntil: edition.inUseUntil,
      startKnown,
      warrant,
      probableCause,
      note: startKnown
        ? `The ${edition.form} edition ${edition.edition} was in use from ${edition.inUseFrom}${edition.inUseUntil ? ` until ${addDays(edition.inUseUntil, -1)}` : ''}.`
        : `This day is before any form edition whose first day the catalogue knows: the older I-247 prints (in use "as early as 1952", until about 2010) are shown.`,
    },
  };
}
