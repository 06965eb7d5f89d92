import type { AgencyKind } from '../agency/agency.js';
import type { OffenseCategory, OffenseLevel } from '../offense/offense-categories.js';
import type { DetainerForm, ProbableCauseBasis, WarrantKind } from '../request/detainer-request.js';

export interface Conviction {
  readonly date: string; // YYYY-MM-DD
  readonly level: OffenseLevel;
  readonly categories: readonly OffenseCategory[];
  /** Reduced to a misdemeanor under Proposition 47 (2014); Cal. Gov. Code 7282.5(a)(6). */
  readonly prop47Reduced: boolean;
  /**
   * The day the person was released from a sentence of incarceration served for this conviction;
   * null when none was served; absent when not known (NYC Admin. Code 9-131 / 14-154 count five
   * years from that release).
   */
  readonly releasedFromIncarceration?: string | null;
}

export interface PendingCharge {
  readonly level: OffenseLevel;
  readonly categories: readonly OffenseCategory[];
  /** A magistrate found probable cause on the charge (Cal. Penal Code 872). */
  readonly magistrateProbableCause: boolean;
}

/**
 * What is known about the person. Every field may be unknown (undefined); a rule that needs an
 * unknown fact fails with MissingFact instead of guessing.
 */
export interface SubjectFacts {
  readonly proofOfLawfulStatus?: boolean;
  readonly registrant?: boolean;
  readonly federalFelonyWarrant?: boolean;
  readonly terroristWatchListMatch?: boolean;
  /**
   * Has an outstanding criminal warrant, is identified as a known gang member, or has an outstanding
   * removal warrant or final order of removal (the exceptions of NYC Local Law 62 of 2011).
   */
  readonly warrantGangOrRemovalOrder?: boolean;
  /** Was removed (deported) from the United States and re-entered unlawfully (NYC Admin. Code 14-154). */
  readonly removedAndReentered?: boolean;
  /** The local date of the arrest for which the person is now in custody (YYYY-MM-DD). */
  readonly instantArrestDate?: string;
  readonly convictions?: readonly Conviction[];
  readonly pendingCharges?: readonly PendingCharge[];
}

export interface RequestFacts {
  readonly form: DetainerForm;
  readonly formEdition: string;
  readonly warrant: WarrantKind;
  readonly probableCause: readonly ProbableCauseBasis[];
}

/** Everything a decision is made from: the moment, the place, the request and the person. */
export interface Facts {
  readonly asOf: Date;
  readonly state: string;
  readonly countyFips: string | null;
  readonly agencyKind: AgencyKind;
  readonly discretion: 'comply' | 'decline';
  readonly request: RequestFacts;
  readonly subject: SubjectFacts;
  readonly releaseEligibleAt: Date | null;
}
