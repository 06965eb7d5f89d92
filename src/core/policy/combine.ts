import { codeOf, FORBIDDEN, PERMITTED, REQUIRED, type Code } from './formula.js';
import type { Action } from './policy.types.js';

export interface Combined {
  readonly code: Code;
  /** Index of the binding rule, or -1 when nothing binds. */
  readonly binding: number;
  /** Index of a same-level rule that binds the other way, or -1. */
  readonly conflictWith: number;
}

/**
 * DESIGN.md section 4: the most senior `required` or `forbidden` binds; a `permitted` leaves room
 * for junior rules; if nothing binds the action is `permitted` (8 CFR 287.7 detainers are
 * requests). Two rules of the same level that bind opposite ways are a conflict.
 * `packed[i]` and `ranks[i]` belong to the i-th rule, ordered most senior first.
 */
export function combine(action: Action, packed: readonly number[], ranks: readonly number[]): Combined {
  for (let i = 0; i < packed.length; i++) {
    const code = codeOf(packed[i]!, action);
    if (code !== REQUIRED && code !== FORBIDDEN) continue;
    const opposite = code === REQUIRED ? FORBIDDEN : REQUIRED;
    for (let j = i + 1; j < packed.length && ranks[j] === ranks[i]; j++) {
      if (codeOf(packed[j]!, action) === opposite) return { code, binding: i, conflictWith: j };
    }
    return { code, binding: i, conflictWith: -1 };
  }
  return { code: PERMITTED, binding: -1, conflictWith: -1 };
}
