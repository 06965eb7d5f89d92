/** The methodology page prints the importer's own outcome table: the web's copy may not drift from the core's. */
import { expect, it } from 'vitest';
import { OUTCOME_OF_LIFT_REASON } from '../../src/core/research/outcomes.js';
import { OUTCOME_OF_LIFT_REASON as PRINTED } from '../../web/src/features/about/outcomeTable.js';

it('the outcome table on /about/data is the one the importer applies', () => {
  expect(PRINTED).toEqual(OUTCOME_OF_LIFT_REASON);
});
