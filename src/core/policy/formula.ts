import type { FactReader } from './fact-reader.js';
import type { Action } from './policy.types.js';

/**
 * Outcome codes of one rule for one action, packed three to a number (hold, notify, transfer:
 * two bits each) so that the fast path allocates nothing.
 */
export const NOT_APPLICABLE = 0;
export const PERMITTED = 1;
export const REQUIRED = 2;
export const FORBIDDEN = 3;
export type Code = 0 | 1 | 2 | 3;

export const ACTION_SHIFT: Readonly<Record<Action, number>> = { hold: 0, notify: 2, transfer: 4 };

export function pack(hold: Code, notify: Code, transfer: Code): number {
  return hold | (notify << 2) | (transfer << 4);
}

export function codeOf(packed: number, action: Action): Code {
  return ((packed >> ACTION_SHIFT[action]) & 3) as Code;
}

/** Sets `code` for every listed action. */
export function packActions(actions: readonly Action[], code: Code): number {
  let packed = 0;
  for (const action of actions) packed |= code << ACTION_SHIFT[action];
  return packed;
}

/** Receives one sentence per action saying why; only the traced path passes one. */
export type Why = (action: Action, reason: string) => void;

export type ParamsResult<P> = { ok: true; params: P } | { ok: false; problem: string };

/**
 * A legal formula: a pure function from facts and the rule version's parameters to an outcome per
 * action. YAML holds dates, parameters and citations; formulas hold the logic (DESIGN.md section 4).
 */
export interface Formula<P = unknown> {
  readonly name: string;
  /** One line for `policy show` and the web: what the formula decides. */
  readonly summary: string;
  /** A rule whose only effect is duties applies whenever one of its actions is requested. */
  readonly dutiesOnly?: boolean;
  parseParams(raw: Readonly<Record<string, unknown>>): ParamsResult<P>;
  decide(facts: FactReader, params: P, why?: Why): number;
}
