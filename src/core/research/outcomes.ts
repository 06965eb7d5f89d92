/**
 * ICE's lift reasons mapped to one normalised outcome. The one documented table (README, "Public
 * data"); an unknown reason maps to `other` and is counted in the import report.
 * Source of the reasons: the NPR/ICE FOIA export (12 reasons, shared/data/README.md) and the
 * Deportation Data Project's grouping described in the brief (section 1.3).
 */
export const OUTCOMES = [
  'transferred-to-ice',
  'declined-by-agency',
  'lifted-by-ice',
  'released',
  'other',
  'pending',
] as const;
export type Outcome = (typeof OUTCOMES)[number];

export const OUTCOME_OF_LIFT_REASON: Readonly<Record<string, Outcome>> = {
  'Booked into Detention': 'transferred-to-ice',
  'Detainer Declined by LEA': 'declined-by-agency',
  Lifted: 'lifted-by-ice',
  'Lifted - Lack of Funds': 'lifted-by-ice',
  'Lifted - Lack of Space': 'lifted-by-ice',
  'Prosecutorial Discretion': 'lifted-by-ice',
  'Case Closed': 'lifted-by-ice',
  'Alien Not Subject to Deportation': 'lifted-by-ice',
  'United States Citizen Interviewed': 'lifted-by-ice',
  'USC or Presumptive Claim to US Citizenship': 'lifted-by-ice',
  'Early Release': 'released',
  'No longer in LEA Custody': 'released',
  // "Transferred" does not say to whom (another agency, most likely, not ICE): kept apart.
  Transferred: 'other',
  Died: 'other',
};

/** The outcome of a raw lift reason: empty means still pending (or no paper filed with ICE). */
export function outcomeOf(liftReason: string | null): Outcome {
  const reason = liftReason?.trim() ?? '';
  if (reason === '') return 'pending';
  return OUTCOME_OF_LIFT_REASON[reason] ?? 'other';
}
