import type { FactReader } from '../fact-reader.js';
import type { Conviction } from '../facts.js';
import type { Formula } from '../formula.js';
import { ACTION_SHIFT, FORBIDDEN, PERMITTED } from '../formula.js';
import type { Action } from '../policy.types.js';
import { withinYears } from './lookback.js';
import { Action as ActionSchema, Flag, Years, paramsSchema, parseWith } from './params.js';

const GateSchema = paramsSchema({
  action: ActionSchema,
  magistrateFinding: Flag,
  magistrateListedFelonies: Flag,
  judicialWarrant: Flag,
  felonyLookbackYears: Years,
  excludeProp47: Flag,
});

interface GateParams {
  readonly action: Action;
  /** 7282.5(b): a magistrate's probable-cause finding (Pen. Code 872) on a serious, violent or prison felony charge. */
  readonly magistrateFinding: boolean;
  /**
   * The TRUST Act's 7282.5(b) (AB 4, 2014-2017) also accepts a charge of any felony listed in
   * (a)(3) other than domestic violence (Assembly floor analysis, concurrence, Sept. 2013); the
   * Values Act's version does not.
   */
  readonly magistrateListedFelonies: boolean;
  /** 7284.6(a)(4): a judicial warrant or judicial probable cause determination allows the action. */
  readonly judicialWarrant: boolean;
  /** 7282.5(a)(3): the felony lookback (15 years under SB 54; none in the 2014 text). */
  readonly felonyLookbackYears: number | null;
  /** 7282.5(a)(6), added by SB 54: convictions reduced under Proposition 47 never count. */
  readonly excludeProp47: boolean;
}

const WOBBLER_LOOKBACK_YEARS = 5;
const MAGISTRATE_FELONIES = ['serious-felony', 'violent-felony', 'state-prison-felony'] as const;

/**
 * The California Gov. Code 7282.5 gate: the action is permitted only for a person who meets one of
 * the criteria of subdivision (a) (or, where the version says so, (b) or a judicial warrant), and
 * forbidden otherwise. Used by the TRUST Act (2014, holds) and the Values Act (2018, notification
 * and transfer).
 */
export const californiaCriteriaGate: Formula<GateParams> = {
  name: 'ca-7282.5-gate',
  summary:
    "the action is permitted only if the person meets a Cal. Gov. Code 7282.5 criterion (or the version's other gate), otherwise forbidden",
  parseParams: (raw) =>
    parseWith(GateSchema, raw, (p) => ({
      action: p.action as Action,
      magistrateFinding: p.magistrateFinding ?? false,
      magistrateListedFelonies: p.magistrateListedFelonies ?? false,
      judicialWarrant: p.judicialWarrant ?? false,
      excludeProp47: p.excludeProp47 ?? false,
      felonyLookbackYears: p.felonyLookbackYears ?? null,
    })),
  decide: (facts, params, why) => {
    const shift = ACTION_SHIFT[params.action];
    if (params.judicialWarrant && facts.warrant() === 'judicial') {
      why?.(params.action, 'a judicial warrant or judicial probable cause determination allows it (7284.6(a)(4))');
      return PERMITTED << shift;
    }
    const met = criterionMet(facts, params);
    if (met !== undefined) {
      why?.(params.action, `the person meets ${met}`);
      return PERMITTED << shift;
    }
    why?.(params.action, 'the person meets no criterion of Gov. Code 7282.5');
    return FORBIDDEN << shift;
  },
};

/** The first criterion met, named by its subdivision, or undefined. */
function criterionMet(facts: FactReader, params: GateParams): string | undefined {
  const today = facts.localDate();
  for (const c of facts.convictions()) {
    if (params.excludeProp47 && c.prop47Reduced) continue;
    const found = convictionCriterion(c, today, params.felonyLookbackYears);
    if (found) return found;
  }
  if (facts.registrant()) return '7282.5(a)(4): current registrant on the California Sex and Arson Registry';
  if (facts.federalFelonyWarrant()) return '7282.5(a)(5): an outstanding federal felony arrest warrant';
  if (params.magistrateFinding) {
    for (const charge of facts.pendingCharges()) {
      if (!charge.magistrateProbableCause) continue;
      if (charge.categories.some((c) => (MAGISTRATE_FELONIES as readonly string[]).includes(c))) {
        return "7282.5(b): a magistrate's probable-cause finding on a serious, violent or prison felony charge";
      }
      if (
        params.magistrateListedFelonies &&
        charge.level === 'felony' &&
        charge.categories.includes('ca-7282.5-a3') &&
        !charge.categories.includes('domestic-violence')
      ) {
        return "7282.5(b): a magistrate's probable-cause finding on a listed felony charge other than domestic violence";
      }
    }
  }
  return undefined;
}

function convictionCriterion(c: Conviction, today: string, felonyLookbackYears: number | null): string | undefined {
  if (c.categories.includes('serious-felony') || c.categories.includes('violent-felony')) {
    return '7282.5(a)(1): a serious or violent felony conviction';
  }
  if (c.level === 'felony' && c.categories.includes('state-prison-felony')) {
    return '7282.5(a)(2): a felony conviction punishable by state prison';
  }
  if (c.categories.includes('ca-7282.5-a3')) {
    if (c.level === 'wobbler' && withinYears(c.date, today, WOBBLER_LOOKBACK_YEARS)) {
      return '7282.5(a)(3): a listed offense, as a wobbler misdemeanor within 5 years';
    }
    if (c.level === 'felony' && (felonyLookbackYears === null || withinYears(c.date, today, felonyLookbackYears))) {
      return `7282.5(a)(3): a listed offense, as a felony${felonyLookbackYears ? ` within ${felonyLookbackYears} years` : ''}`;
    }
  }
  if (c.categories.includes('aggravated-felony-a-p')) {
    return '7282.5(a)(5): a federal conviction of an aggravated felony under INA 101(a)(43)(A)-(P)';
  }
  return undefined;
}
