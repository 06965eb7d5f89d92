import fc from 'fast-check';
import type { LightMyRequestResponse } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { describeEachEngine } from '../support/engines.js';
import {
  baseParts,
  encodeLoosely,
  hostileRequests,
  operationsOf,
  requestArbitrary,
  toInject,
  type FuzzRequest,
  type KnownValues,
  type Operation,
} from '../support/request-fuzz.js';
import { envelopeProblems, fieldStyle, namesAField } from '../support/security-checks.js';
import { buildSecurityFixtures, openApiDocument, type SecurityFixtures } from '../support/security-fixtures.js';
import { ACCESS_MATRIX } from './access-matrix.expectations.js';
import { PROBLEM_KINDS, type ProblemKind, type ProblemParams } from '../../src/core/shared/problem-kinds.js';

/** What a field problem may say: where, what (in English), its kind, and the kind's parameters. */
const PROBLEM_PARAMETERS: Record<keyof ProblemParams, true> = {
  limit: true,
  other: true,
  allowed: true,
  years: true,
  date: true,
};
const PROBLEM_KEYS = new Set(['field', 'problem', 'kind', ...Object.keys(PROBLEM_PARAMETERS)]);

/**
 * Schema-driven fuzzing of every route of the OpenAPI document: requests made from each route's
 * own request schemas, valid and with one hostile change (test/support/request-fuzz.ts), sent as an
 * admin, as a federal liaison and anonymously. Whatever comes in:
 *   - never a 5xx;
 *   - every 4xx is the error envelope {"error": {"code", "message", "details"?, "requestId"}};
 *   - a 400 names the field (details.field, with details.problem; several in details.problems, each a
 *     field of the request), and names it one way on every route;
 *   - a 413 is REQUEST.BODY_TOO_LARGE;
 *   - a rejected request changes no table;
 *   - no 2xx carries another agency's identifiers or personal data.
 * Seeded: FUZZ_SEED=<n> explores another seed; a failure prints the seed and the request.
 */

const SEED = Number(process.env.FUZZ_SEED || 20_261_205);
if (!Number.isSafeInteger(SEED)) throw new Error(`FUZZ_SEED must be an integer, not ${process.env.FUZZ_SEED}`);
/** Runs per route and identity: PostgreSQL repeats a smaller share of what SQLite explores. */
const RUNS = { sqlite: 24, postgres: 6 } as const;
/** The test app's body limit (test/support/test-app.ts): a larger body must answer 413. */
const BODY_LIMIT_BYTES = 16 * 1024;
const IDENTITIES = ['admin', 'federal-liaison', 'anonymous'] as const;
type Identity = (typeof IDENTITIES)[number];

/**
 * Bodies the OpenAPI document does not declare (it has no requestBody for them): the CSV intake
 * takes text/csv, described in words only.
 */
const UNDECLARED_BODIES: Readonly<Record<string, string>> = { 'POST /api/v1/detainers/import': 'text/csv' };

const OPERATIONS: Operation[] = operationsOf(await openApiDocument()).map((op) => {
  const bodyType = op.bodyType ?? UNDECLARED_BODIES[`${op.method} ${op.path}`];
  return { ...op, bodyType };
});

describe('the fuzzed routes', () => {
  it('are the routes of the access matrix (both walk the same OpenAPI document)', () => {
    expect(OPERATIONS.map((op) => `${op.method} ${op.path}`).sort()).toEqual(Object.keys(ACCESS_MATRIX).sort());
  });
});

describeEachEngine('schema-driven fuzzing', ({ database, engine }) => {
  let f: SecurityFixtures;
  let known: KnownValues;
  let harrisMarkers: string[];
  /** How each 400 wrote its field, with an example: one way across all routes. */
  const styles = { part: new Map<string, string>(), index: new Map<string, string>() };

  beforeAll(async () => {
    f = await buildSecurityFixtures(database());
    const { alameda, harris } = f.agencies;
    harrisMarkers = await f.markersOf('harris');
    known = {
      id: [alameda.detainerId, alameda.liaisonDetainerId, harris.detainerId, 'tx-ccp-2.251'],
      noticeId: [alameda.noticeId, harris.noticeId],
      state: ['CA', 'TX', 'IL', 'ca', 'ZZ'],
      fips: ['06001', '48201', '99999'],
      countyFips: ['06001', '48201', '99999'],
      county: ['06001', '48201'],
      groupBy: ['year', 'state', 'state,status', 'form,outcome', 'month,fiscalYear'],
      at: ['2020-01-01', '2026-11-30'],
      from: ['2017-01-01', '2026-11-01'],
      to: ['2017-12-31', '2026-11-30'],
      facility: [alameda.facilityId, harris.facilityId],
      facilityId: [alameda.facilityId, harris.facilityId],
      limit: ['1', '200'],
      offset: ['0', '5'],
      release: ['synthetic-demo'],
      outcome: ['released', 'pending'],
    };
  });

  const tokenOf = (identity: Identity) =>
    identity === 'anonymous' ? undefined : f.agencies.alameda.tokens[identity as 'admin' | 'federal-liaison'];

  for (const op of OPERATIONS) {
    describe(`${op.method} ${op.path}`, () => {
      for (const identity of IDENTITIES) {
        // PostgreSQL repeats the hostile classics as the admin only: the other callers meet the same validation.
        const classics = engine === 'sqlite' || identity === 'admin' ? it : undefined;
        classics?.(`as ${identity}: every hostile body and parameter`, async () => {
          const built = await ACCESS_MATRIX[`${op.method} ${op.path}`]?.request({
            on: f.agencies.alameda,
            callerAgency: f.agencies.alameda,
            caller: 'admin',
            scope: 'own',
          });
          const problems: string[] = [];
          for (const request of hostileRequests(op, baseParts(op, known, built?.payload ?? {}))) {
            problems.push(...(await judge(op, request, identity)));
          }
          expect(problems).toEqual([]);
        });

        it(`as ${identity}: fuzzed from its schemas (seed ${SEED})`, async () => {
          await fc.assert(
            fc.asyncProperty(requestArbitrary(op, known), async (request) => {
              const problems = await judge(op, request, identity);
              if (problems.length > 0) throw new Error(problems.join('\n'));
            }),
            { seed: SEED, numRuns: RUNS[engine], endOnFailure: true },
          );
        });
      }
    });
  }

  it('names the field of a 400 one way on every route', () => {
    const ways = (map: Map<string, string>) => [...map].map(([style, example]) => `${style}, e.g. ${example}`);
    expect(styles.part.size, 'no 400 was seen: the fuzzing reached no validation').toBeGreaterThan(0);
    const seen = { 'field names': ways(styles.part), 'list items': ways(styles.index) };
    const oneWay = seen['field names'].length === 1 && seen['list items'].length <= 1;
    expect(oneWay, `400s name fields in more than one way: ${JSON.stringify(seen, null, 2)}`).toBe(true);
  });

  /** What is wrong with the answer to one request (nothing: an empty list). */
  async function judge(op: Operation, request: FuzzRequest, identity: Identity): Promise<string[]> {
    const before = await f.fingerprint();
    const res = await f.t.app.inject(toInject(request, tokenOf(identity)));
    const problems: string[] = [];
    const status = res.statusCode;
    if (status >= 500) problems.push('a 5xx');
    const bytes = request.payload === undefined ? 0 : Buffer.byteLength(request.payload);
    if (bytes > BODY_LIMIT_BYTES && status !== 413) problems.push(`a ${bytes}-byte body answered ${status}, not 413`);
    if (status >= 400) {
      problems.push(...envelopeProblems(res));
      const error = errorOf(res);
      if (status === 400) problems.push(...fieldProblems(op, request, error));
      if (repeats(res.body, request.mutation?.value)) problems.push('the error repeats the value sent');
      if (status === 413 && error?.code !== 'REQUEST.BODY_TOO_LARGE') problems.push('a 413 that is not BODY_TOO_LARGE');
      const after = await f.fingerprint();
      const changed = Object.keys({ ...before, ...after }).filter((k) => before[k] !== after[k]);
      if (changed.length > 0) problems.push(`rejected, but changed ${changed.join(', ')}`);
    } else if (status < 300) {
      // The signed audit heads name every agency by id, by design (access-matrix.expectations.ts).
      const forbidden = ACCESS_MATRIX[`${op.method} ${op.path}`]?.namesEveryAgency
        ? harrisMarkers.filter((marker) => marker !== f.agencies.harris.agencyId)
        : harrisMarkers;
      const leaked = forbidden.filter((marker) => res.body.includes(marker));
      if (leaked.length > 0) problems.push(`a ${status} carries ${leaked.length} identifier(s) of another agency`);
    }
    const shown = res.body.length > 300 ? `${res.body.slice(0, 300)}...` : res.body;
    return problems.map((p) => `${fc.stringify(request)} as ${identity} -> ${status} ${shown}: ${p}`);
  }

  function fieldProblems(op: Operation, request: FuzzRequest, error: ErrorBody | undefined): string[] {
    const details = error?.details;
    const field = details?.field;
    if (typeof field !== 'string' || field === '') return ['a 400 that names no field (details.field)'];
    const problems: string[] = [];
    if (typeof details?.problem !== 'string') problems.push('a 400 without details.problem');
    const extra = Object.keys(details ?? {}).filter((k) => k !== 'problems' && !PROBLEM_KEYS.has(k));
    if (extra.length > 0)
      problems.push(
        `a 400 whose details carry more than field, problem(s), kind and its parameters: ${extra.join(', ')}`,
      );
    // Every field problem has its kind, from the closed list (the server's early checks of the URL and the body too).
    if (!PROBLEM_KINDS.includes(details?.kind as ProblemKind))
      problems.push('a 400 whose details.kind is missing or not a problem kind');
    // Several failing fields: details.problems lists each {field, problem}, the first as field/problem.
    const listed = details?.problems;
    const items: Array<Record<string, unknown>> = [];
    if (listed !== undefined) {
      const wellFormed =
        Array.isArray(listed) &&
        listed.length > 1 &&
        listed.every(
          (p: unknown) =>
            typeof p === 'object' &&
            p !== null &&
            Object.keys(p).every((k) => PROBLEM_KEYS.has(k)) &&
            typeof (p as Record<string, unknown>).field === 'string' &&
            typeof (p as Record<string, unknown>).problem === 'string' &&
            PROBLEM_KINDS.includes((p as Record<string, unknown>).kind as ProblemKind),
        );
      if (!wellFormed) problems.push('a 400 whose details.problems is not a list of {field, problem, kind, …}');
      else {
        items.push(...(listed as Array<Record<string, unknown>>));
        if (items[0]!.field !== field || items[0]!.problem !== details?.problem) {
          problems.push('a 400 whose details.problems does not start with its field and problem');
        }
      }
    }
    const context = {
      body: op.body,
      sent: sentJson(request),
      parameters: op.parameters,
      mutated: request.mutation,
      textBody: op.bodyType !== undefined,
    };
    for (const named of [field, ...items.slice(1).map((p) => String(p.field))]) {
      if (!namesAField(named, error!.code, context)) problems.push(`a 400 naming "${named}", no field of this request`);
    }
    if (!context.textBody) {
      const style = fieldStyle(field);
      if (style.part && !styles.part.has(style.part)) styles.part.set(style.part, `${op.method} ${op.path}: ${field}`);
      if (style.index && !styles.index.has(style.index))
        styles.index.set(style.index, `${op.method} ${op.path}: ${field}`);
    }
    return problems;
  }
});

/**
 * Whether an error repeats a distinctive text value sent (README: messages name the field and never
 * repeat the value, which may be personal data). Short or common texts are not distinctive.
 */
function repeats(body: string, value: unknown): boolean {
  if (typeof value !== 'string' || value.trim().length < 8) return false;
  const escaped = JSON.stringify(value).slice(1, -1);
  return body.includes(value) || body.includes(escaped) || body.includes(encodeLoosely(value).slice(0, 40));
}

/** The JSON body as the server read it (undefined when it is not JSON). */
function sentJson(request: FuzzRequest): unknown {
  if (request.payload === undefined || !(request.contentType ?? '').includes('json')) return undefined;
  try {
    return JSON.parse(request.payload.toString()) as unknown;
  } catch {
    return undefined;
  }
}

interface ErrorBody {
  code: string;
  details?: Record<string, unknown>;
}

function errorOf(res: LightMyRequestResponse): ErrorBody | undefined {
  try {
    return (res.json() as { error?: ErrorBody }).error;
  } catch {
    return undefined;
  }
}
