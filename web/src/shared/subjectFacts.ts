/**
 * The yes-or-no facts about a person that the law may read (the `evaluate` contract's subject,
 * src/core/policy/evaluation-input.schema.ts): the desk's facts form and the intake's "what if" ask
 * the same ones. `test/web/fact-rows.test.ts` keeps the list equal to the schema's.
 */
export const BOOLEAN_SUBJECT_FACTS = [
  'proofOfLawfulStatus',
  'registrant',
  'federalFelonyWarrant',
  'terroristWatchListMatch',
  'removedAndReentered',
  'warrantGangOrRemovalOrder',
] as const;
