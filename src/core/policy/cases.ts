import type { Node } from 'yaml';
import { err, ok, type Result } from '../shared/result.js';
import type { Decision } from './decision.types.js';
import { invalidPolicy, type EngineError, type EngineErrorKind } from './engine-errors.js';
import { parseEvaluationInput, type EvaluationInput } from './evaluation-input.js';
import { evaluate, type EngineContext } from './evaluate.js';
import { ACTIONS, MODALITIES, type Action, type Modality } from './policy.types.js';
import { YamlProblem, YamlReader } from './yaml-reader.js';

export interface ExpectedAction {
  readonly modality: Modality | null;
  readonly decision?: 'comply' | 'decline';
  readonly until?: string | null;
}

export interface PolicyCase {
  readonly file: string;
  readonly line: number | null;
  readonly sentence: string;
  readonly input: EvaluationInput;
  readonly expect:
    | {
        readonly kind: 'decision';
        readonly actions: Partial<Record<Action, ExpectedAction>>;
        readonly duties?: readonly string[];
        readonly applied?: readonly string[];
        readonly notApplied?: readonly string[];
      }
    | {
        readonly kind: 'error';
        readonly error: EngineErrorKind;
        readonly rules?: readonly string[];
        /** MissingFact only: the duties owed while the fact is missing, and those waiting for it. */
        readonly duties?: readonly string[];
        readonly waiting?: readonly string[];
      };
}

const INPUT_KEYS = ['asOf', 'place', 'agencyKind', 'discretion', 'request', 'subject', 'releaseEligibleAt'];
const ERROR_KINDS: readonly EngineErrorKind[] = [
  'ConflictingRules',
  'MissingFact',
  'UnknownForm',
  'UnknownPlace',
  'InvalidInput',
];

/**
 * A case file (`*.cases.yaml`): legal cases written as sentences, each with the `evaluate` input
 * and what the law must answer (OpenFisca-style tests, DESIGN.md section 4).
 */
export function parseCases(file: string, text: string): Result<PolicyCase[], EngineError> {
  try {
    const y = new YamlReader(text);
    const top = y.map(y.root, 'file', ['cases']);
    return ok(y.list(top.get('cases'), 'cases').map((node, i) => parseCase(y, node, `cases[${i}]`, file)));
  } catch (error) {
    if (error instanceof YamlProblem) return err(invalidPolicy(file, error.line, error.message));
    throw error;
  }
}

function parseCase(y: YamlReader, node: Node, path: string, file: string): PolicyCase {
  const m = y.map(node, path, ['sentence', 'expect', 'asOf', 'place', 'request'], INPUT_KEYS);
  const raw = Object.fromEntries(INPUT_KEYS.filter((k) => m.has(k)).map((k) => [k, y.plain(m.get(k))]));
  const input = parseEvaluationInput(raw);
  if (!input.ok) throw new YamlProblem(y.lineOf(node), `${path}: ${input.error.message}`);
  return {
    file,
    line: y.lineOf(node),
    sentence: y.string(m.get('sentence'), `${path}.sentence`),
    input: input.value,
    expect: parseExpect(y, m.get('expect'), `${path}.expect`),
  };
}

function parseExpect(y: YamlReader, node: Node | null | undefined, path: string): PolicyCase['expect'] {
  const m = y.map(
    node,
    path,
    [],
    ['hold', 'notify', 'transfer', 'duties', 'waiting', 'applied', 'notApplied', 'error', 'rules'],
  );
  if (m.has('error')) {
    const extra = ['hold', 'notify', 'transfer', 'applied', 'notApplied'].find((k) => m.has(k));
    if (extra) throw new YamlProblem(y.lineOf(m.get(extra)), `${path}.${extra} cannot go with error`);
    const error = y.oneOf(m.get('error'), `${path}.error`, ERROR_KINDS);
    // While a fact is missing the law still owes the duties that do not depend on it.
    const dutyKey = ['duties', 'waiting'].find((k) => m.has(k));
    if (dutyKey && error !== 'MissingFact')
      throw new YamlProblem(y.lineOf(m.get(dutyKey)), `${path}.${dutyKey} can only go with error MissingFact`);
    return {
      kind: 'error',
      error,
      ...(m.has('rules') ? { rules: strings(y, m.get('rules'), `${path}.rules`) } : {}),
      ...(m.has('duties') ? { duties: strings(y, m.get('duties'), `${path}.duties`) } : {}),
      ...(m.has('waiting') ? { waiting: strings(y, m.get('waiting'), `${path}.waiting`) } : {}),
    };
  }
  if (m.has('waiting'))
    throw new YamlProblem(y.lineOf(m.get('waiting')), `${path}.waiting can only go with error MissingFact`);
  const actions: Partial<Record<Action, ExpectedAction>> = {};
  for (const action of ACTIONS) {
    if (m.has(action)) actions[action] = expectedAction(y, m.get(action) ?? null, `${path}.${action}`);
  }
  if (Object.keys(actions).length === 0)
    throw new YamlProblem(y.lineOf(node), `${path} must expect at least one action or an error`);
  return {
    kind: 'decision',
    actions,
    ...(m.has('duties') ? { duties: strings(y, m.get('duties'), `${path}.duties`) } : {}),
    ...(m.has('applied') ? { applied: strings(y, m.get('applied'), `${path}.applied`) } : {}),
    ...(m.has('notApplied') ? { notApplied: strings(y, m.get('notApplied'), `${path}.notApplied`) } : {}),
  };
}

function expectedAction(y: YamlReader, node: Node | null, path: string): ExpectedAction {
  const plain = y.plain(node);
  if (plain === null || plain === 'not-requested') return { modality: null };
  if (typeof plain === 'string') return { modality: y.oneOf(node, path, MODALITIES) };
  const m = y.map(node, path, ['modality'], ['decision', 'until']);
  return {
    modality: y.oneOf(m.get('modality'), `${path}.modality`, MODALITIES),
    ...(m.has('decision')
      ? { decision: y.oneOf(m.get('decision'), `${path}.decision`, ['comply', 'decline'] as const) }
      : {}),
    ...(m.has('until')
      ? { until: y.plain(m.get('until')) === null ? null : y.string(m.get('until'), `${path}.until`) }
      : {}),
  };
}

function strings(y: YamlReader, node: Node | null | undefined, path: string): string[] {
  return y.list(node, path).map((n, i) => y.string(n, `${path}[${i}]`));
}

export interface CaseResult {
  readonly case: PolicyCase;
  readonly failures: readonly string[];
  readonly decision?: Decision;
}

/** Runs one case through the traced engine; `failures` is empty when the law answers as expected. */
export function runCase(ctx: EngineContext, policyCase: PolicyCase): CaseResult {
  const result = evaluate(ctx, policyCase.input);
  const expect = policyCase.expect;
  if (expect.kind === 'error') {
    if (result.ok)
      return { case: policyCase, failures: [`expected ${expect.error}, got a decision`], decision: result.value };
    const failures: string[] = [];
    if (result.error.kind !== expect.error)
      failures.push(`expected ${expect.error}, got ${result.error.kind}: ${result.error.message}`);
    if (expect.rules && expect.rules.join(',') !== [...result.error.rules].join(',')) {
      failures.push(`expected rules ${expect.rules.join(', ')}, got ${result.error.rules.join(', ')}`);
    }
    if (result.error.kind === 'MissingFact') {
      const { duties, waiting } = result.error;
      if (expect.duties) sameIds('duties', expect.duties, duties, failures);
      if (expect.waiting) sameIds('waiting', expect.waiting, waiting, failures);
    }
    return { case: policyCase, failures };
  }
  if (!result.ok)
    return { case: policyCase, failures: [`expected a decision, got ${result.error.kind}: ${result.error.message}`] };
  const decision = result.value;
  const failures: string[] = [];
  for (const action of ACTIONS) {
    const want = expect.actions[action];
    if (!want) continue;
    const got = decision.actions[action];
    if (got.modality !== want.modality)
      failures.push(`${action}: expected ${want.modality ?? 'not requested'}, got ${got.modality ?? 'not requested'}`);
    if (want.decision && got.decision !== want.decision)
      failures.push(`${action}: expected decision ${want.decision}, got ${got.decision}`);
    if (want.until !== undefined && (got.until ?? null) !== want.until)
      failures.push(`${action}: expected until ${want.until}, got ${got.until ?? null}`);
  }
  if (expect.duties) sameIds('duties', expect.duties, decision.duties, failures);
  for (const rule of expect.applied ?? []) {
    if (!decision.applied.some((a) => a.rule === rule)) failures.push(`applied: expected ${rule} to apply`);
  }
  for (const rule of expect.notApplied ?? []) {
    if (decision.applied.some((a) => a.rule === rule)) failures.push(`notApplied: expected ${rule} not to apply`);
  }
  return { case: policyCase, failures, decision };
}

function sameIds(
  what: string,
  expected: readonly string[],
  got: ReadonlyArray<{ readonly id: string }>,
  failures: string[],
): void {
  const have = got.map((d) => d.id).sort();
  const want = [...expected].sort();
  if (have.join(',') !== want.join(','))
    failures.push(`${what}: expected [${want.join(', ')}], got [${have.join(', ')}]`);
}
