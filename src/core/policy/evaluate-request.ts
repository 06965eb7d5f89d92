import type { DomainError } from '../shared/errors.js';
import { err, type Result } from '../shared/result.js';
import { withSpanishDuties, type EvaluatedDecision } from './duty-spanish.js';
import { parseEvaluationInput } from './evaluation-input.js';
import { evaluate, type EngineContext } from './evaluate.js';
import { invalidField } from '../shared/errors.js';
import { MAX_EVALUATION_BATCH } from './evaluation-input.schema.js';
import { engineErrorToDomain } from './policy-errors.js';

/** A decision as the API and the CLI answer it: each duty and rule with the library's unofficial Spanish. */
export type EvaluationResult = Result<EvaluatedDecision, DomainError>;

/** One evaluation, or a batch of them answered item by item in the same order. */
export type EvaluationAnswer =
  | { readonly kind: 'single'; readonly result: EvaluationResult }
  | { readonly kind: 'batch'; readonly results: readonly EvaluationResult[] };

const isObject = (value: unknown): boolean => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Checks one `evaluate` input (unknown fields, wrong types and bad values name the field) and
 * decides it under the law in force at its instant and place; each duty and rule carries the
 * library's unofficial Spanish (textEs, titleEs), for the HTTP API and the CLI alike.
 */
export function evaluateRequest(engine: EngineContext, raw: unknown): EvaluationResult {
  if (!isObject(raw)) return err(invalidField('input', 'must be a JSON object', 'type', { allowed: ['object'] }));
  const input = parseEvaluationInput(raw);
  if (!input.ok) return input;
  const decision = evaluate(engine, input.value);
  if (!decision.ok) return err(engineErrorToDomain(decision.error));
  return { ok: true, value: withSpanishDuties(decision.value, engine.library) };
}

/**
 * Decides every input of a list, each on its own: a bad item gets its error in its slot (with
 * `details.index`) and does not stop the others.
 */
export function evaluateBatch(engine: EngineContext, raw: unknown): Result<EvaluationResult[], DomainError> {
  if (!Array.isArray(raw))
    return err(invalidField('input', 'must be a list of evaluation inputs', 'type', { allowed: ['array'] }));
  if (raw.length > MAX_EVALUATION_BATCH) {
    return err(
      invalidField('input', `must list at most ${MAX_EVALUATION_BATCH} inputs`, 'maxItems', {
        limit: MAX_EVALUATION_BATCH,
      }),
    );
  }
  return {
    ok: true,
    value: raw.map((item, index) => {
      const result = evaluateRequest(engine, item);
      return result.ok ? result : err({ ...result.error, details: { ...result.error.details, index } });
    }),
  };
}

/** An object is one evaluation; a list is a batch; anything else is invalid input. */
export function evaluateAny(engine: EngineContext, raw: unknown): EvaluationAnswer {
  if (Array.isArray(raw)) {
    const batch = evaluateBatch(engine, raw);
    return batch.ok ? { kind: 'batch', results: batch.value } : { kind: 'single', result: batch };
  }
  if (!isObject(raw)) {
    return {
      kind: 'single',
      result: err(
        invalidField('input', 'must be a JSON object or a list of them', 'type', {
          allowed: ['object', 'array'],
        }),
      ),
    };
  }
  return { kind: 'single', result: evaluateRequest(engine, raw) };
}
