import type { ParamsResult } from '../formula.js';
import { ACTIONS, type Action } from '../policy.types.js';

/** Small, strict readers for formula parameters: every unknown key is an error. */
export function onlyKeys(raw: Readonly<Record<string, unknown>>, allowed: readonly string[]): string | undefined {
  const extra = Object.keys(raw).find((k) => !allowed.includes(k));
  return extra === undefined ? undefined : `params.${extra} is not a parameter of this formula`;
}

export function actionList(raw: unknown, name: string): Action[] | string {
  if (!Array.isArray(raw) || raw.length === 0) return `params.${name} must be a non-empty list of actions`;
  for (const a of raw)
    if (!ACTIONS.includes(a as Action)) return `params.${name} has an unknown action ${JSON.stringify(a)}`;
  return raw as Action[];
}

export function optionalBoolean(raw: unknown, name: string): boolean | string {
  if (raw === undefined) return false;
  return typeof raw === 'boolean' ? raw : `params.${name} must be true or false`;
}

export function optionalYears(raw: unknown, name: string): number | null | string {
  if (raw === undefined || raw === null) return null;
  return typeof raw === 'number' && Number.isInteger(raw) && raw > 0
    ? raw
    : `params.${name} must be a whole number of years`;
}

export function fail<P>(problem: string): ParamsResult<P> {
  return { ok: false, problem };
}
