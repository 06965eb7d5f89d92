import type { Formula } from '../formula.js';
import { FORBIDDEN, NOT_APPLICABLE, packActions } from '../formula.js';
import type { Action } from '../policy.types.js';
import { Actions, paramsSchema, parseWith } from './params.js';

const OregonSchema = paramsSchema({ actions: Actions });

interface OnlyImmigrationViolationParams {
  readonly actions: readonly Action[];
}

/**
 * ORS 181A.820 (Oregon's 1987 law): no agency resources to detect or apprehend people whose only
 * violation is being present in violation of federal immigration law (brief 4.7, a paraphrase). A person
 * with a pending criminal charge or a conviction has another violation, so the rule does not reach
 * them (Clackamas County still held such people on detainers in 2014: Miranda-Olivares). The facts
 * record no other kind of violation, so "only an immigration violation" means: no pending charge
 * and no conviction.
 */
export const forbidIfOnlyImmigrationViolation: Formula<OnlyImmigrationViolationParams> = {
  name: 'forbid-if-only-immigration-violation',
  summary:
    'the listed actions are forbidden when the person has no pending criminal charge and no conviction (their only violation is immigration)',
  parseParams: (raw) => parseWith(OregonSchema, raw, (p) => ({ actions: p.actions as Action[] })),
  decide: (facts, params, why) => {
    if (facts.pendingCharges().length > 0) {
      for (const action of params.actions)
        why?.(action, 'the person has a pending criminal charge, so immigration is not their only violation');
      return NOT_APPLICABLE;
    }
    if (facts.convictions().length > 0) {
      for (const action of params.actions)
        why?.(action, 'the person has a criminal conviction, so immigration is not their only violation');
      return NOT_APPLICABLE;
    }
    for (const action of params.actions)
      why?.(
        action,
        'no pending charge and no conviction: the only violation is being present in violation of immigration law',
      );
    return packActions(params.actions, FORBIDDEN);
  },
};
