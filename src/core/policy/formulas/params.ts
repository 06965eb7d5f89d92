import { Type, type Static, type TProperties } from 'typebox';
import { validateInput } from '../../shared/validate-input.js';
import type { ParamsResult } from '../formula.js';
import { ACTIONS } from '../policy.types.js';

/**
 * Formula parameters are declared as schemas, as every input is, and checked by the one validator:
 * unknown keys, wrong types and values out of range are refused naming `params.<key>`. Only what a
 * schema cannot say stays in the formula.
 */
export const Actions = Type.Array(Type.Enum(ACTIONS), { minItems: 1, maxItems: 3, uniqueItems: true });
export const Action = Type.Enum(ACTIONS);
export const Flag = Type.Optional(Type.Boolean());
/** A lookback in whole years; null (or absent) for none. */
export const Years = Type.Optional(Type.Union([Type.Integer({ minimum: 1, maximum: 100 }), Type.Null()]));

/** The parameters' schema: exactly these keys. */
export function paramsSchema<P extends TProperties>(properties: P) {
  return Type.Object(properties, { additionalProperties: false });
}

/** Checks the parameters with their schema; `build` fills defaults. */
export function parseWith<P extends TProperties, R>(
  schema: ReturnType<typeof paramsSchema<P>>,
  raw: Readonly<Record<string, unknown>>,
  build: (params: Static<ReturnType<typeof paramsSchema<P>>>) => R,
): ParamsResult<R> {
  const checked = validateInput(schema, raw, {
    prefix: 'params',
    root: 'params',
    unknownField: 'is not a parameter of this formula',
  });
  if (checked.ok) return { ok: true, params: build(checked.value) };
  const details = checked.error.details as { field: string; problem: string };
  return { ok: false, problem: `${details.field} ${details.problem}` };
}

/** No parameters at all. */
export const NO_PARAMS = paramsSchema({});
export function noParams(raw: Readonly<Record<string, unknown>>): ParamsResult<Record<string, never>> {
  return parseWith(NO_PARAMS, raw, () => ({}) as Record<string, never>);
}
