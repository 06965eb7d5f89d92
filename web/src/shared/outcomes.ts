/**
 * The outcomes the API counts, in the order the portal shows them: the web's copy of the core's list
 * (src/core/research/outcomes.ts; web/ imports only types from src/, outcomes.test.ts keeps the two equal).
 */
export const OUTCOMES = [
  'transferred-to-ice',
  'declined-by-agency',
  'lifted-by-ice',
  'released',
  'reissued',
  'other',
  'pending',
] as const;
export type Outcome = (typeof OUTCOMES)[number];
