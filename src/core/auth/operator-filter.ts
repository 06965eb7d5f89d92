import type { DomainError } from '../shared/errors.js';
import type { Result } from '../shared/result.js';
import { validateTextInput } from '../shared/validate-input.js';
import { OperatorFilterSchema } from './account.schema.js';

/** The --agency and --user an operator gives at the CLI, checked against their schema (absent ones dropped). */
export function operatorFilter(options: {
  agency?: string | undefined;
  user?: string | undefined;
}): Result<{ agency?: string; user?: string }, DomainError> {
  const given = Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined));
  return validateTextInput(OperatorFilterSchema, given);
}
