import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { EngineContext } from '../../core/policy/evaluate.js';
import { evaluateAny, type EvaluationResult } from '../../core/policy/evaluate-request.js';
import type { WorkPool } from '../../composition/work-pool.js';
import { unwrap } from '../errors/api-error.js';
import { doneOrBusy } from '../plugins/work-outcome.js';
import { errorResponses } from '../schemas/common.schema.js';
import { EvaluateAnswer, EvaluateBody, type EvaluationErrorDto } from '../schemas/policy.schema.js';

/** Lets the body through unchecked: the core's parser is the one validator of the contract. */
const parsedByTheCore = () => () => true;

/**
 * POST /evaluate: what the law allows for a request, from facts alone (no identities, no storage),
 * so it is public. The body schema documents the contract; the core parser checks it, refusing
 * unknown fields and naming the field, exactly as the CLI does.
 */
export const evaluateRoutes =
  (engine: EngineContext, work: WorkPool): FastifyPluginAsyncTypebox =>
  async (app) => {
    app.post(
      '/evaluate',
      {
        schema: {
          tags: ['policies'],
          summary: 'Decide a detainer request under the law in force at its instant and place',
          description:
            'Send one input object, or a list of them. One input answers its decision, or an error: 400 ' +
            'REQUEST.INVALID_FIELD naming the field, 422 POLICY.MISSING_FACT, POLICY.UNKNOWN_FORM, ' +
            'POLICY.UNKNOWN_PLACE or POLICY.CONFLICTING_RULES. A list answers 200 with, in each slot and in ' +
            'order, the decision or {"error": {"code", "message", "details"}} (details.index is the slot). A list ' +
            'is decided on a worker thread; 503 SERVER.BUSY (with Retry-After) when all are busy and the queue is full.',
          security: [],
          body: EvaluateBody,
          response: { 200: EvaluateAnswer, ...errorResponses(400, 413, 415, 422, 503) },
        },
        validatorCompiler: parsedByTheCore,
        config: { limit: 'expensive-lists' },
      },
      async (request) => {
        const body = request.body as unknown;
        // One input is quick; a list (up to the body limit) is decided off the event loop.
        const answer = Array.isArray(body)
          ? doneOrBusy(await work.run({ kind: 'evaluate', body }))
          : evaluateAny(engine, body);
        if (answer.kind === 'single') return unwrap(namingTheBody(answer.result));
        return answer.results.map(slot);
      },
    );
  };

/** Over HTTP the input as a whole is the request body: its error names `body` (the CLI's says `input`). */
function namingTheBody(result: EvaluationResult): EvaluationResult {
  if (result.ok || result.error.details?.field !== 'input') return result;
  const problem = String(result.error.details?.problem ?? 'is invalid');
  return {
    ok: false,
    error: { ...result.error, message: `body: ${problem}`, details: { ...result.error.details, field: 'body' } },
  };
}

function slot(result: EvaluationResult) {
  if (result.ok) return result.value;
  const { code, message, details } = result.error;
  const error: EvaluationErrorDto = { error: { code, message, details: { ...details } } };
  return error;
}
