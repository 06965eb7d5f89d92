import type { Formula } from '../formula.js';
import { FORBIDDEN, NOT_APPLICABLE, packActions } from '../formula.js';
import type { Action } from '../policy.types.js';
import { Actions, paramsSchema, parseWith } from './params.js';

const Schema = paramsSchema({ actions: Actions });

/**
 * A policy that honours a detainer only when any warrant accompanies it, an immigration officer's
 * administrative warrant included. San Diego County Sheriff, 29 May 2014: the department "will detain
 * someone past their local release date if presented with an arrest warrant based on a probable-cause
 * finding by ICE" (KPBS, 29 May 2014). Where only a judge's warrant will do, use `forbid` with
 * `unlessJudicialWarrant` instead.
 */
export const forbidUnlessWarrant: Formula<{ readonly actions: readonly Action[] }> = {
  name: 'forbid-unless-warrant',
  summary:
    'the listed actions are forbidden unless a warrant (an administrative or a judicial one) accompanies the request',
  parseParams: (raw) => parseWith(Schema, raw, (p) => ({ actions: p.actions as Action[] })),
  decide: (facts, params, why) => {
    const warrant = facts.warrant();
    if (warrant !== 'none') {
      for (const action of params.actions)
        why?.(
          action,
          `the request is accompanied by a${warrant === 'administrative' ? 'n administrative' : ' judicial'} warrant, which this rule does not reach`,
        );
      return NOT_APPLICABLE;
    }
    for (const action of params.actions) why?.(action, 'no warrant accompanies the request, so this rule forbids it');
    return packActions(params.actions, FORBIDDEN);
  },
};
