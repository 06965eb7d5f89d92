import type { Formula } from '../formula.js';
import { FORBIDDEN, NOT_APPLICABLE, packActions } from '../formula.js';
import type { Action } from '../policy.types.js';
import { noParams } from './params.js';

const ACTIONS: readonly Action[] = ['hold', 'notify'];

/**
 * NYC Local Law 62 of 2011 (Admin. Code 9-131 as first added; Int. 656-A): the Department of
 * Correction "shall not honor" a civil immigration detainer "by either: (1) holding ... or (2)
 * notifying federal immigration authorities of the alien's release" (FAIR's quotation of Int. 656,
 * 2011) for a person who has no conviction, no pending criminal case, no outstanding criminal
 * warrant, is not a known gang member or possible terrorist screening database match, and has no
 * outstanding removal warrant or final order of removal (ILW, 2011-12-02). Transfer is not named.
 * A "crime" is a misdemeanor or felony, so an infraction (a New York "violation") does not count.
 * The criminal warrant, gang identification and removal warrant or order are one fact,
 * subject.warrantGangOrRemovalOrder (unknown: a missing fact, never a guess); a detainer's "final
 * order of removal" box counts as the last.
 */
export const nycLocalLaw62of2011: Formula<Record<string, never>> = {
  name: 'nyc-local-law-62-2011',
  summary:
    'holding and release notification are forbidden for a person with no conviction, no pending criminal case, no watch-list match, no criminal warrant, no gang identification and no removal order',
  parseParams: noParams,
  decide: (facts, _params, why) => {
    if (facts.probableCause().includes('final-order')) {
      for (const action of ACTIONS)
        why?.(action, 'the detainer states a final order of removal, so the person is outside the protected group');
      return NOT_APPLICABLE;
    }
    if (facts.pendingCharges().some((c) => c.level !== 'infraction')) {
      for (const action of ACTIONS) why?.(action, 'the person is a defendant in a pending criminal case');
      return NOT_APPLICABLE;
    }
    if (facts.convictions().some((c) => c.level !== 'infraction')) {
      for (const action of ACTIONS) why?.(action, 'the person has been convicted of a crime');
      return NOT_APPLICABLE;
    }
    if (facts.terroristWatchListMatch()) {
      for (const action of ACTIONS) why?.(action, 'the person is a possible terrorist screening database match');
      return NOT_APPLICABLE;
    }
    if (facts.warrantGangOrRemovalOrder()) {
      for (const action of ACTIONS)
        why?.(action, 'the person has a criminal warrant, a gang identification or a removal warrant or order');
      return NOT_APPLICABLE;
    }
    for (const action of ACTIONS) why?.(action, 'the person is in the group the 2011 law protects');
    return packActions(ACTIONS, FORBIDDEN);
  },
};
