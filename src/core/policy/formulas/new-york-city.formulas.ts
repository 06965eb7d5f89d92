import type { Formula } from '../formula.js';
import { FORBIDDEN, PERMITTED } from '../formula.js';
import { withinYears } from './lookback.js';
import { noParams } from './params.js';

const LOOKBACK_YEARS = 5;

/**
 * NYC Local Laws 58 and 59 of 2014 (Admin. Code 9-131, 14-154): the city honours a detainer by
 * holding only if a federal judge's warrant accompanies it and the person was convicted of a
 * "violent or serious crime" within 5 years or may match the terrorist watch list.
 */
export const nycLocalLaws2014: Formula<Record<string, never>> = {
  name: 'nyc-local-laws-2014',
  summary:
    'a hold is permitted only with a judicial warrant and a violent or serious conviction within 5 years (or a possible watch-list match); otherwise forbidden',
  parseParams: noParams,
  decide: (facts, _params, why) => {
    if (facts.warrant() !== 'judicial') {
      why?.('hold', 'no warrant from a federal judge accompanies the request');
      return FORBIDDEN;
    }
    const today = facts.localDate();
    for (const c of facts.convictions()) {
      if (c.categories.includes('nyc-violent-or-serious') && withinYears(c.date, today, LOOKBACK_YEARS)) {
        why?.('hold', 'judicial warrant, and a violent or serious crime conviction within 5 years');
        return PERMITTED;
      }
    }
    if (facts.terroristWatchListMatch()) {
      why?.('hold', 'judicial warrant, and a possible terrorist watch-list match');
      return PERMITTED;
    }
    why?.('hold', 'no violent or serious crime conviction within 5 years and no watch-list match');
    return FORBIDDEN;
  },
};
