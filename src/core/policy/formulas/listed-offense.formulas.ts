import { Type } from 'typebox';
import type { Formula } from '../formula.js';
import { FORBIDDEN, NOT_APPLICABLE, packActions } from '../formula.js';
import type { Action } from '../policy.types.js';
import { OFFENSE_CATEGORIES, type OffenseCategory } from '../../offense/offense-categories.js';
import { Actions, Flag, paramsSchema, parseWith } from './params.js';

const Schema = paramsSchema({
  actions: Actions,
  categories: Type.Array(Type.Enum(Object.keys(OFFENSE_CATEGORIES)), { minItems: 1, maxItems: 16, uniqueItems: true }),
  convictions: Flag,
  pendingCharges: Flag,
  judicialWarrant: Type.Optional(Type.Enum(['suffices', 'also-required'])),
});

interface ListedOffenseParams {
  readonly actions: readonly Action[];
  /** The offences the policy lists, as offense categories. */
  readonly categories: readonly OffenseCategory[];
  /** A conviction for a listed offence opens the way. */
  readonly convictions: boolean;
  /** A pending charge for a listed offence opens the way. */
  readonly pendingCharges: boolean;
  /**
   * `suffices`: a judge's warrant alone takes the request outside the rule (e.g. Travis County 2017).
   * `also-required`: the way opens only with a judge's warrant AND a listed offence (Philadelphia 2014).
   * Absent: warrants play no part.
   */
  readonly judicialWarrant: 'suffices' | 'also-required' | null;
}

/**
 * A local policy that declines detainers except for people convicted of, or charged with, an offence
 * it lists (Orleans Parish 2013, Philadelphia 2014 and 2016, Travis County 2017, Middlesex County
 * N.J. 2017). Where the exception is met the rule says nothing (not applicable): the policy then
 * leaves the request to the agency and the senior rules.
 */
export const forbidUnlessListedOffense: Formula<ListedOffenseParams> = {
  name: 'forbid-unless-listed-offense',
  summary:
    'the listed actions are forbidden unless the person has a listed conviction or pending charge (optionally: a judge’s warrant suffices, or is also required)',
  parseParams: (raw) => {
    const parsed = parseWith(Schema, raw, (p) => ({
      actions: p.actions as Action[],
      categories: p.categories as OffenseCategory[],
      convictions: p.convictions ?? false,
      pendingCharges: p.pendingCharges ?? false,
      judicialWarrant: (p.judicialWarrant ?? null) as ListedOffenseParams['judicialWarrant'],
    }));
    if (parsed.ok && !parsed.params.convictions && !parsed.params.pendingCharges) {
      return { ok: false, problem: 'params.convictions or params.pendingCharges must be true' };
    }
    return parsed;
  },
  decide: (facts, params, why) => {
    const judicial = facts.warrant() === 'judicial';
    if (params.judicialWarrant === 'suffices' && judicial) {
      for (const action of params.actions)
        why?.(action, 'a judicial warrant backs the request, which this policy does not reach');
      return NOT_APPLICABLE;
    }
    if (params.judicialWarrant === 'also-required' && !judicial) {
      for (const action of params.actions)
        why?.(action, 'no judicial warrant backs the request, which this policy requires in every case');
      return packActions(params.actions, FORBIDDEN);
    }
    const listed = (categories: readonly string[]) =>
      categories.some((c) => (params.categories as readonly string[]).includes(c));
    if (params.pendingCharges && facts.pendingCharges().some((c) => listed(c.categories))) {
      for (const action of params.actions) why?.(action, 'the person is charged with an offence the policy lists');
      return NOT_APPLICABLE;
    }
    if (params.convictions && facts.convictions().some((c) => listed(c.categories))) {
      for (const action of params.actions) why?.(action, 'the person was convicted of an offence the policy lists');
      return NOT_APPLICABLE;
    }
    for (const action of params.actions) why?.(action, 'the person has no listed conviction or charge; forbidden');
    return packActions(params.actions, FORBIDDEN);
  },
};
