import type { DutyOutput, WaitingDutyOutput } from './decision.types.js';
import type { Action } from './policy.types.js';

/**
 * The closed set of engine failures. Each names the rules involved and the instant of the decision,
 * so that an operator can see which law could not be applied and when.
 */
export type EngineError =
  | {
      readonly kind: 'ConflictingRules';
      readonly action: Action;
      readonly rules: readonly string[];
      readonly instant: string;
      readonly message: string;
    }
  | {
      readonly kind: 'MissingFact';
      /** The first missing fact (alphabetically); `facts` lists every one found. */
      readonly fact: string;
      readonly facts: readonly string[];
      readonly rules: readonly string[];
      readonly instant: string;
      readonly message: string;
      /** Duties whose condition does not depend on a missing fact: owed now, whatever the facts turn out to be. */
      readonly duties: readonly DutyOutput[];
      /** Duties whose condition depends on a missing fact, each naming the facts it waits for. */
      readonly waiting: readonly WaitingDutyOutput[];
    }
  | {
      readonly kind: 'UnknownForm';
      readonly field: 'request.form' | 'request.formEdition';
      readonly form: string;
      readonly edition: string | null;
      readonly rules: readonly string[];
      readonly instant: string;
      readonly message: string;
    }
  | {
      readonly kind: 'UnknownPlace';
      readonly field: string;
      readonly rules: readonly string[];
      readonly instant: string;
      readonly message: string;
    }
  | {
      readonly kind: 'InvalidInput';
      readonly field: string;
      readonly problem: string;
      readonly rules: readonly string[];
      readonly instant: string | null;
      readonly message: string;
    }
  | {
      readonly kind: 'InvalidPolicy';
      readonly file: string;
      readonly line: number | null;
      readonly rules: readonly string[];
      readonly instant: null;
      readonly message: string;
    };

export type EngineErrorKind = EngineError['kind'];

export function invalidInput(field: string, problem: string, instant: string | null = null): EngineError {
  return { kind: 'InvalidInput', field, problem, rules: [], instant, message: `${field}: ${problem}` };
}

export function invalidPolicy(file: string, line: number | null, message: string, rules: string[] = []): EngineError {
  return {
    kind: 'InvalidPolicy',
    file,
    line,
    rules,
    instant: null,
    message: `${file}${line === null ? '' : `:${line}`}: ${message}`,
  };
}

/** Thrown inside formulas when a fact they need is unknown; the engine turns it into a MissingFact value. */
export class MissingFactSignal extends Error {
  constructor(readonly fact: string) {
    super(`missing fact ${fact}`);
  }
}
