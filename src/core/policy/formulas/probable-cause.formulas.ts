import type { Formula } from '../formula.js';
import { FORBIDDEN, NOT_APPLICABLE } from '../formula.js';
import { noParams } from './params.js';

/**
 * Miranda-Olivares v. Clackamas County (D. Or. 2014): holding a person on a detainer is a new
 * seizure that needs probable cause; "investigation initiated" is not probable cause. A judge's
 * warrant carries its own probable cause; otherwise a recorded basis other than an investigation
 * is needed.
 */
export const forbidHoldWithoutProbableCause: Formula<Record<string, never>> = {
  name: 'forbid-hold-without-probable-cause',
  summary:
    'a hold is forbidden unless a judicial warrant or a recorded probable-cause basis other than "investigation initiated" backs it',
  parseParams: noParams,
  decide: (facts, _params, why) => {
    if (facts.warrant() === 'judicial') {
      why?.('hold', 'a judicial warrant carries its own probable cause');
      return NOT_APPLICABLE;
    }
    const bases = facts.probableCause();
    for (const basis of bases) {
      if (basis !== 'investigation-initiated') {
        why?.('hold', `probable cause is recorded (${basis})`);
        return NOT_APPLICABLE;
      }
    }
    why?.(
      'hold',
      bases.length === 0
        ? 'no probable-cause basis is recorded, so a hold would be a seizure without probable cause'
        : 'the only basis is that an investigation was initiated, which is not probable cause',
    );
    return FORBIDDEN;
  },
};
