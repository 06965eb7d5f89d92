import { domainError, invalidField, type DomainError, type DomainErrorCode } from '../shared/errors.js';
import type { EngineError, EngineErrorKind } from './engine-errors.js';

/** The domain error code of each engine failure. */
export const POLICY_ERROR_CODE: Readonly<Record<EngineErrorKind, DomainErrorCode>> = {
  InvalidInput: 'REQUEST.INVALID_FIELD',
  MissingFact: 'POLICY.MISSING_FACT',
  ConflictingRules: 'POLICY.CONFLICTING_RULES',
  UnknownForm: 'POLICY.UNKNOWN_FORM',
  UnknownPlace: 'POLICY.UNKNOWN_PLACE',
  InvalidPolicy: 'POLICY.INVALID_LIBRARY',
};

/**
 * An engine failure as a domain error. `details` keeps what an operator needs to act on it:
 * the kind, the field or fact involved, the rules and the instant of the decision. Messages name
 * fields and rules, never input values (which may be personal data).
 */
export function engineErrorToDomain(error: EngineError): DomainError {
  const base = { kind: error.kind, rules: [...error.rules], instant: error.instant };
  switch (error.kind) {
    case 'InvalidInput':
      // Input errors have the one shape of every input error: {field, problem}.
      return invalidField(error.field, error.problem, 'invalid');
    case 'MissingFact':
      return domainError(POLICY_ERROR_CODE.MissingFact, error.message, {
        ...base,
        field: error.fact,
        fact: error.fact,
        facts: error.facts,
        // What the law already says while the fact is missing: duties owed now, and those waiting for it.
        duties: error.duties.map((d) => ({ ...d, citations: [...d.citations] })),
        waiting: error.waiting.map((d) => ({ ...d, citations: [...d.citations], waitingFor: [...d.waitingFor] })),
      });
    case 'ConflictingRules':
      return domainError(POLICY_ERROR_CODE.ConflictingRules, error.message, { ...base, action: error.action });
    case 'UnknownForm':
      return domainError(POLICY_ERROR_CODE.UnknownForm, error.message, {
        ...base,
        field: error.field,
        form: error.form,
        edition: error.edition,
      });
    case 'UnknownPlace':
      return domainError(POLICY_ERROR_CODE.UnknownPlace, error.message, { ...base, field: error.field });
    case 'InvalidPolicy':
      return domainError(POLICY_ERROR_CODE.InvalidPolicy, error.message, {
        ...base,
        file: error.file,
        line: error.line,
      });
  }
}
