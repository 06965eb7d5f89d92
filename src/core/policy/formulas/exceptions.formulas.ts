import { Type } from 'typebox';
import type { FactReader } from '../fact-reader.js';
import type { Formula } from '../formula.js';
import { FORBIDDEN, NOT_APPLICABLE, packActions } from '../formula.js';
import type { Action } from '../policy.types.js';
import type { OffenseCategory } from '../../offense/offense-categories.js';
import { OFFENSE_CATEGORIES } from '../../offense/offense-categories.js';
import { withinYears } from './lookback.js';
import { Actions, Flag, Years, paramsSchema, parseWith } from './params.js';

const Categories = Type.Array(Type.Enum(Object.keys(OFFENSE_CATEGORIES)), { minItems: 1, uniqueItems: true });
const ConvictionException = Type.Object(
  { categories: Categories, withinYears: Years },
  { additionalProperties: false },
);
const ChargeException = Type.Object({ categories: Categories }, { additionalProperties: false });

const ForbidUnlessSchema = paramsSchema({
  actions: Actions,
  unlessJudicialWarrant: Flag,
  unlessConvicted: Type.Optional(Type.Array(ConvictionException, { minItems: 1 })),
  unlessCharged: Type.Optional(Type.Array(ChargeException, { minItems: 1 })),
  unlessWatchListMatch: Flag,
});

interface ConvictionTest {
  readonly categories: readonly OffenseCategory[];
  /** Only a conviction within this many years counts; null for any time. */
  readonly withinYears: number | null;
}

interface ForbidUnlessParams {
  readonly actions: readonly Action[];
  /** A request backed by a judge's warrant is outside the ban. */
  readonly unlessJudicialWarrant: boolean;
  /** A conviction in one of the categories (within the window, if any) takes the person outside the ban. */
  readonly unlessConvicted: readonly ConvictionTest[];
  /** A pending charge in one of the categories takes the person outside the ban. */
  readonly unlessCharged: readonly { readonly categories: readonly OffenseCategory[] }[];
  /** A possible match in the federal terrorist screening database takes the person outside the ban. */
  readonly unlessWatchListMatch: boolean;
}

/**
 * A ban with listed exceptions, the shape of most state "trust" laws and directives (e.g. C.G.S.
 * 54-192h as amended in 2019: no detention on a civil immigration detainer unless a judicial
 * warrant accompanies it, the person was convicted of a class A or B felony, or is a possible
 * terrorist watch-list match). The listed actions are forbidden unless one exception holds; the
 * exceptions are tried in a fixed order (warrant, convictions, charges, watch list) and only the
 * facts needed are read, so a missing fact is reported only when the answer depends on it.
 */
export const forbidUnless: Formula<ForbidUnlessParams> = {
  name: 'forbid-unless',
  summary:
    'the listed actions are forbidden unless an exception of the version holds (a judicial warrant, a conviction or pending charge in listed categories, a watch-list match)',
  parseParams: (raw) =>
    parseWith(ForbidUnlessSchema, raw, (p) => ({
      actions: p.actions as Action[],
      unlessJudicialWarrant: p.unlessJudicialWarrant ?? false,
      unlessConvicted: (p.unlessConvicted ?? []).map((c) => ({
        categories: c.categories as OffenseCategory[],
        withinYears: c.withinYears ?? null,
      })),
      unlessCharged: (p.unlessCharged ?? []).map((c) => ({ categories: c.categories as OffenseCategory[] })),
      unlessWatchListMatch: p.unlessWatchListMatch ?? false,
    })),
  decide: (facts, params, why) => {
    const exception = exceptionMet(facts, params);
    if (exception !== undefined) {
      for (const action of params.actions) why?.(action, `${exception}, which this rule excepts`);
      return NOT_APPLICABLE;
    }
    for (const action of params.actions) why?.(action, 'forbidden by this rule: none of its exceptions holds');
    return packActions(params.actions, FORBIDDEN);
  },
};

function exceptionMet(facts: FactReader, params: ForbidUnlessParams): string | undefined {
  if (params.unlessJudicialWarrant && facts.warrant() === 'judicial') return 'a judicial warrant backs the request';
  if (params.unlessConvicted.length > 0) {
    const today = facts.localDate();
    for (const c of facts.convictions()) {
      for (const test of params.unlessConvicted) {
        const category = test.categories.find((k) => c.categories.includes(k));
        if (category === undefined) continue;
        if (test.withinYears === null) return `a conviction in the category ${category}`;
        if (withinYears(c.date, today, test.withinYears))
          return `a conviction in the category ${category} within ${test.withinYears} years`;
      }
    }
  }
  if (params.unlessCharged.length > 0) {
    for (const charge of facts.pendingCharges()) {
      for (const test of params.unlessCharged) {
        const category = test.categories.find((k) => charge.categories.includes(k));
        if (category !== undefined) return `a pending charge in the category ${category}`;
      }
    }
  }
  if (params.unlessWatchListMatch && facts.terroristWatchListMatch()) return 'a possible terrorist watch-list match';
  return undefined;
}
