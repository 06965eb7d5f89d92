import type { Formula } from '../formula.js';
import { dutiesOnly, forbid, requestOnly, requireActions } from './basic.formulas.js';
import { californiaCriteriaGate } from './california.formulas.js';
import { forbidUnless } from './exceptions.formulas.js';
import { nycLocalLaw62of2011 } from './new-york-city-2011.formulas.js';
import { forbidUnlessListedOffense } from './listed-offense.formulas.js';
import { nycLocalLaws2014 } from './new-york-city.formulas.js';
import { forbidIfOnlyImmigrationViolation } from './oregon.formulas.js';
import { forbidHoldWithoutProbableCause } from './probable-cause.formulas.js';
import { forbidUnlessWarrant } from './warrant.formulas.js';

/** Every formula a policy file may name, by name. */
export const FORMULAS: ReadonlyMap<string, Formula<never>> = new Map(
  (
    [
      requestOnly,
      forbid,
      requireActions,
      dutiesOnly,
      forbidHoldWithoutProbableCause,
      californiaCriteriaGate,
      nycLocalLaw62of2011,
      nycLocalLaws2014,
      forbidIfOnlyImmigrationViolation,
      forbidUnlessWarrant,
      forbidUnless,
      forbidUnlessListedOffense,
    ] as Formula<never>[]
  ).map((f) => [f.name, f]),
);
