/**
 * ICE's lift reasons mapped to one normalised outcome. The one documented table (README, "Public
 * data"); an unknown reason maps to `other` and is counted in the import report.
 * Sources (docs/research/foia-release-layouts.md, "Lift reasons: values and meanings", which cites them as
 * S10, S12, S13, S14, S17): the NPR/ICE FOIA export's 12 reasons (S17, shared/data/README.md), a data
 * dictionary of the March 2026 release (S10), a third-party pipeline (S12), DHS's fact sheet on declined
 * detainers (S14), and the Deportation Data Project's grouping described in the brief (section 1.3). No ICE
 * codebook of lift reasons has been found: every meaning below is a summary of those secondary sources.
 *
 * Releases write the same reason with different capitals and spacing: a reason is looked up by its
 * letters in lower case with every space removed (`reasonKey`), so "No Longer in State, Local, or Federal
 * Custody" finds the row below.
 */
import { detachedText } from '../shared/detached-text.js';

export const OUTCOMES = [
  'transferred-to-ice',
  'declined-by-agency',
  'lifted-by-ice',
  'released',
  // A re-issue of a detainer already counted (a duplicate record, or a new form superseding it): not a new
  // detainer, so statistics leave re-issues out of detainer counts unless asked (`includeReissues`).
  'reissued',
  'other',
  'pending',
] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** The outcome of a re-issue: counted apart, and left out of detainer counts by default. */
export const REISSUED: Outcome = 'reissued';

/** Every lift reason known, spelled as the releases spell it, with its outcome (and why, in a comment). */
export const OUTCOME_OF_LIFT_REASON: Readonly<Record<string, Outcome>> = {
  // All eras (S10, S17): ICE took custody; the detainer did its job.
  'Booked into Detention': 'transferred-to-ice',
  // All eras (S10, S17, S14): the jail did not honour it (ICE also files late notice here, S14).
  'Detainer Declined by LEA': 'declined-by-agency',
  // NPR era (S17, S13): lifted, reason not given; the lift is ICE's act.
  Lifted: 'lifted-by-ice',
  // NPR era (S17): lifted for lack of ICE funds, the older form of a resource constraint.
  'Lifted - Lack of Funds': 'lifted-by-ice',
  // NPR era (S17): lifted for lack of detention space.
  'Lifted - Lack of Space': 'lifted-by-ice',
  // Modern (S10): ICE could not respond (staff or space): ICE's choice, like the NPR era's lack of funds/space.
  'ICE Temporary Resource Constraint': 'lifted-by-ice',
  // All eras (S10, S17): ICE chose not to pursue.
  'Prosecutorial Discretion': 'lifted-by-ice',
  // All eras (S10, S17): ICE closed the immigration case before taking custody.
  'Case Closed': 'lifted-by-ice',
  // NPR era (S17): the older form of "not amenable to removal": ICE lifts, the person cannot be removed.
  'Alien Not Subject to Deportation': 'lifted-by-ice',
  // Modern (S10): the person cannot be removed, so ICE lifts.
  'Not Amenable to Removal': 'lifted-by-ice',
  // Modern (S12 only): newer wording of the previous reason. UNCONFIRMED in any ICE file.
  'Noncitizen Not Amenable to Removal': 'lifted-by-ice',
  // Modern (S12 only): lifted pending or after a court's review. UNCONFIRMED in any ICE file (and its meaning).
  'Judicial Review': 'lifted-by-ice',
  // NPR era (S17): found to be a U.S. citizen; ICE lifts.
  'United States Citizen Interviewed': 'lifted-by-ice',
  // Modern (S10): a U.S. citizen, or a claim ICE treats as one; ICE lifts.
  'USC or Presumptive Claim to US Citizenship': 'lifted-by-ice',
  // All eras (S10, S17): the person left custody before ICE came.
  'Early Release': 'released',
  // Modern (S10): already out of any custody when ICE acted: released.
  'No longer in State, Local, or Federal Custody': 'released',
  // The NPR export's shorter form of the previous reason (kept from the first importer's table).
  'No longer in LEA Custody': 'released',
  // Modern (S10): the jail's notice came too late and the person left before ICE came: released, not
  // recorded as a refusal (whether the jail meant to refuse is UNCONFIRMED; S14 says ICE files some late
  // notice as "declined" instead).
  'Insufficient Notice to ICE': 'released',
  // Modern (S10): a second record of the same detainer: a re-issue.
  Duplicate: 'reissued',
  // Modern (S10): replaced by a newer detainer form for the same person: a re-issue.
  'Superseding - New Form Issued': 'reissued',
  // NPR era (S17): moved to another custody; the release does not say to whom (another agency, most
  // likely, not ICE): kept apart.
  Transferred: 'other',
  // NPR era (S17): the person died.
  Died: 'other',
};

/** A lift reason as the table keys it: lower case, every space removed ("Case  closed" = "CASE CLOSED"). */
export function reasonKey(reason: string): string {
  return reason.toLowerCase().replace(/\s+/g, '');
}

const OUTCOME_BY_KEY: ReadonlyMap<string, Outcome> = new Map(
  Object.entries(OUTCOME_OF_LIFT_REASON).map(([reason, outcome]) => [reasonKey(reason), outcome]),
);

/**
 * The table's outcome of each raw lift reason text read so far (undefined: a reason the table does not
 * know), so that a release's few distinct reasons are keyed once, not once per record; forgotten past
 * REMEMBERED_REASONS texts.
 */
const outcomeByText = new Map<string, Outcome | undefined>();
const REMEMBERED_REASONS = 4096;

function tableOutcome(reason: string): Outcome | undefined {
  let outcome = outcomeByText.get(reason);
  if (outcome === undefined && !outcomeByText.has(reason)) {
    if (outcomeByText.size >= REMEMBERED_REASONS) outcomeByText.clear();
    outcome = OUTCOME_BY_KEY.get(reasonKey(reason));
    outcomeByText.set(detachedText(reason), outcome);
  }
  return outcome;
}

/** Whether the table knows this (non-empty) lift reason, whatever its capitals and spaces. */
export function isKnownLiftReason(liftReason: string): boolean {
  return tableOutcome(liftReason) !== undefined;
}

/** The outcome of a raw lift reason: empty means still pending (or no paper filed with ICE). */
export function outcomeOf(liftReason: string | null): Outcome {
  const reason = liftReason?.trim() ?? '';
  if (reason === '') return 'pending';
  return tableOutcome(reason) ?? 'other';
}
