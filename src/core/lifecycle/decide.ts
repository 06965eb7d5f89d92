import type { Agency } from '../agency/agency.js';
import { canonicalJson, sha256 } from '../audit/hash-chain.js';
import type { EngineContext } from '../policy/evaluate.js';
import { evaluate } from '../policy/evaluate.js';
import type { EvaluationInput } from '../policy/evaluation-input.js';
import { ACTIONS } from '../policy/policy.types.js';
import type { DetainerRequest } from '../request/detainer-request.js';
import type { DetainerId } from '../shared/ids.js';
import type { CustodyFacts, DecisionSummary } from './detainer-event.js';
import type { StoredDecision } from './lifecycle.ports.js';

/**
 * Asks the law engine about one detainer, now: the agency's place and policy, the request, the
 * custody facts known so far and the release eligibility. The whole answer (with its trace) is
 * stored; the event stream keeps a summary and the document's hash.
 */
export function decideDetainer(
  law: EngineContext,
  agency: Agency,
  request: DetainerRequest,
  facts: CustodyFacts,
  releaseEligibleAt: string | null,
  now: Date,
  decisionId: string,
): { summary: DecisionSummary; stored: StoredDecision } {
  const { expectedReleaseAt: _notALawFact, ...subject } = facts;
  const input: EvaluationInput = {
    asOf: now,
    state: agency.stateCode,
    countyFips: agency.countyFips,
    agencyKind: agency.kind,
    discretion: agency.discretion,
    request: {
      form: request.form,
      formEdition: request.formEdition,
      warrant: request.warrant,
      probableCause: request.probableCause,
    },
    subject,
    releaseEligibleAt: releaseEligibleAt === null ? null : new Date(releaseEligibleAt),
  };
  const result = evaluate(law, input);
  const document = { input, output: result.ok ? result.value : { error: result.error } };
  const hash = sha256(canonicalJson(JSON.parse(JSON.stringify(document))));
  const requested = new Set(request.requestedActions);
  const summary: DecisionSummary = result.ok
    ? {
        decisionId,
        decisionSha256: hash,
        asOf: now.toISOString(),
        actions: Object.fromEntries(
          ACTIONS.map((a) => [
            a,
            {
              requested: result.value.actions[a].requested,
              modality: result.value.actions[a].modality,
              decision: result.value.actions[a].decision,
            },
          ]),
        ) as DecisionSummary['actions'],
        holdUntil: result.value.actions.hold.until ?? null,
        duties: result.value.duties.map((d) => ({
          id: d.id,
          text: d.text,
          due: d.due,
          dueWhen: d.dueWhen,
          rule: d.rule,
          notice: d.notice,
        })),
        applied: result.value.applied.map((a) => ({ rule: a.rule, version: a.version })),
        error: null,
      }
    : {
        decisionId,
        decisionSha256: hash,
        asOf: now.toISOString(),
        actions: Object.fromEntries(
          ACTIONS.map((a) => [a, { requested: requested.has(a), modality: null, decision: null }]),
        ) as DecisionSummary['actions'],
        holdUntil: null,
        // Duties that do not depend on the missing fact are owed already; the others wait for it.
        duties:
          result.error.kind === 'MissingFact'
            ? [
                ...result.error.duties.map((d) => ({
                  id: d.id,
                  text: d.text,
                  due: d.due,
                  dueWhen: d.dueWhen,
                  rule: d.rule,
                  notice: d.notice,
                })),
                ...result.error.waiting.map((d) => ({
                  id: d.id,
                  text: d.text,
                  due: null,
                  dueWhen: d.dueWhen,
                  rule: d.rule,
                  notice: d.notice,
                  waitingFor: d.waitingFor,
                })),
              ]
            : [],
        applied: [],
        error: {
          kind: result.error.kind,
          message: result.error.message,
          ...(result.error.kind === 'MissingFact' ? { fact: result.error.fact } : {}),
        },
      };
  return {
    summary,
    stored: {
      id: decisionId,
      agencyId: agency.id,
      detainerId: request.id as DetainerId,
      decidedAt: now,
      document,
      sha256: hash,
    },
  };
}
