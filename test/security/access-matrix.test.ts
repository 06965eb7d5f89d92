import { beforeAll, describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../../src/core/auth/roles.js';
import { describeEachEngine } from '../support/engines.js';
import { documentedRoutes, envelopeProblems, registeredRoutes } from '../support/security-checks.js';
import { buildSecurityFixtures, type AgencyData, type SecurityFixtures } from '../support/security-fixtures.js';
import {
  ACCESS_MATRIX,
  NO_AGENCY_DATA,
  type RouteExpectation,
  type Scope,
  type Status,
  type Target,
} from './access-matrix.expectations.js';

/**
 * The access matrix (access-matrix.expectations.ts) against the real app: every route of the
 * OpenAPI document x anonymous and every role x own agency's data, another agency's data (and the
 * liaison's own requests), in both directions (Alameda calling on Harris's data, and Harris on
 * Alameda's). Besides the status: every error has the envelope; a rejected request changes no
 * table; no 2xx carries the other agency's identifiers or personal data.
 */

describe('the access matrix table', () => {
  it("declares no 2xx on another agency's data", () => {
    const allowed = Object.entries(ACCESS_MATRIX).flatMap(([route, entry]) =>
      entry.other === NO_AGENCY_DATA
        ? []
        : ROLES.filter((role) => (entry.other as Record<Role, Status>)[role] < 300).map((role) => `${route} ${role}`),
    );
    expect(allowed).toEqual([]);
  });

  it('declares a request its liaison may not read as never a 2xx for the liaison', () => {
    const reads = Object.entries(ACCESS_MATRIX).filter(([route]) => route.startsWith('GET /api/v1/detainers/{id}'));
    for (const [route, entry] of reads) expect(entry.own['federal-liaison'], route).toBeGreaterThanOrEqual(400);
  });
});

describeEachEngine('access matrix', ({ database }) => {
  let f: SecurityFixtures;
  let doc: { paths: Record<string, Record<string, unknown>> };
  const markers: Record<string, string[]> = {};

  beforeAll(async () => {
    f = await buildSecurityFixtures(database());
    doc = (await f.t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
  });

  it('has an entry for every route of the OpenAPI document, and a route for every entry', () => {
    const documented = documentedRoutes(doc);
    expect(
      documented.filter((route) => !(route in ACCESS_MATRIX)).map((route) => `new route without an entry: ${route}`),
    ).toEqual([]);
    expect(
      Object.keys(ACCESS_MATRIX)
        .filter((route) => !documented.includes(route))
        .map((route) => `entry for a route that no longer exists: ${route}`),
    ).toEqual([]);
  });

  it('sees a write in the fingerprint (so that "changed nothing" means something)', async () => {
    const before = await f.fingerprint();
    await f.agencies.harris.fresh();
    const after = await f.fingerprint();
    expect(Object.keys(before).filter((k) => before[k] !== after[k])).toEqual(
      expect.arrayContaining(['rows:detainer_requests', 'rows:detainer_events', 'rows:subjects']),
    );
  });

  it('documents every route the server answers under /api/v1 (a hidden route escapes the matrix)', () => {
    // Under /api/v1 on both sides: the documented /metrics is outside it.
    const underApi = (route: string) => route.split(' ')[1]!.startsWith('/api/v1/');
    const documented = documentedRoutes(doc).filter(underApi);
    const hidden = registeredRoutes(f.t.app).filter(underApi);
    expect(hidden.filter((route) => !documented.includes(route))).toEqual([]);
    expect(hidden.length).toBeGreaterThanOrEqual(documented.length);
  });

  it("marks each route's security in the OpenAPI document as it really is: `security: []` exactly where a call without credentials is not refused with 401", async () => {
    const problems: string[] = [];
    const publicRoutes: string[] = [];
    for (const route of documentedRoutes(doc)) {
      const [method, template] = route.split(' ') as [string, string];
      const operation = doc.paths[template]![method.toLowerCase()] as { security?: unknown[] };
      // An operation without its own `security` inherits the document's (bearer or session).
      const documentedPublic = Array.isArray(operation.security) && operation.security.length === 0;
      const entry = ACCESS_MATRIX[route];
      if (!entry) {
        problems.push(`${route}: no access-matrix entry to build a call from`);
        continue;
      }
      const agency = f.agencies.alameda;
      const target: Target = { on: agency, callerAgency: agency, caller: 'anonymous', scope: 'anonymous' };
      const built = await entry.request(target);
      const contentType = built.contentType ?? (built.payload === undefined ? undefined : 'application/json');
      const res = await f.t.app.inject({
        method: method as 'GET',
        url: fill(template, built.params ?? {}) + query(built.query),
        headers: contentType ? { 'content-type': contentType } : {},
        ...(built.payload === undefined
          ? {}
          : { payload: typeof built.payload === 'string' ? built.payload : JSON.stringify(built.payload) }),
      });
      const reallyPublic = res.statusCode !== 401;
      if (reallyPublic) publicRoutes.push(route);
      if (documentedPublic !== reallyPublic) {
        problems.push(
          `${route}: documented ${documentedPublic ? 'public' : 'secured'}, answers ${res.statusCode} without credentials`,
        );
      }
    }
    expect(problems).toEqual([]);
    // The walk found both kinds (a document marking every route alike would fail above).
    expect(publicRoutes).toEqual(
      expect.arrayContaining(['GET /api/v1/health', 'GET /api/v1/places/states', 'POST /api/v1/auth/sign-in']),
    );
    expect(publicRoutes.length).toBeLessThan(documentedRoutes(doc).length);
  });

  for (const [route, entry] of Object.entries(ACCESS_MATRIX)) {
    it(`${route}: ${entry.why}`, async () => {
      const problems: string[] = [];
      for (const [mine, theirs] of [
        ['alameda', 'harris'],
        ['harris', 'alameda'],
      ] as const) {
        markers[theirs] ??= await f.markersOf(theirs);
        for (const call of calls(entry, f.agencies[mine], f.agencies[theirs])) {
          const forbidden = entry.namesEveryAgency
            ? markers[theirs]!.filter((marker) => marker !== f.agencies[theirs].agencyId)
            : markers[theirs]!;
          problems.push(...(await check(route, entry, call, forbidden)));
        }
      }
      expect(problems).toEqual([]);
    });
  }

  interface Call {
    readonly target: Target;
    readonly token: string | undefined;
    readonly expected: Status;
  }

  /** Every caller and scope of one entry, callers of `mine` and other data of `theirs`. */
  function* calls(entry: RouteExpectation, mine: AgencyData, theirs: AgencyData): Generator<Call> {
    const target = (on: AgencyData, caller: Role | 'anonymous', scope: Scope): Target => ({
      on,
      callerAgency: mine,
      caller,
      scope,
    });
    yield { target: target(mine, 'anonymous', 'anonymous'), token: undefined, expected: entry.anonymous };
    for (const role of ROLES) {
      yield { target: target(mine, role, 'own'), token: mine.tokens[role], expected: entry.own[role] };
      if (entry.other !== NO_AGENCY_DATA) {
        yield { target: target(theirs, role, 'other'), token: mine.tokens[role], expected: entry.other[role] };
      }
    }
    if (entry.mine !== undefined) {
      const liaison = 'federal-liaison';
      yield { target: target(mine, liaison, 'mine'), token: mine.tokens[liaison], expected: entry.mine };
    }
  }

  async function check(route: string, entry: RouteExpectation, call: Call, theirs: string[]): Promise<string[]> {
    const [method, template] = route.split(' ') as [string, string];
    const built = await entry.request(call.target);
    const url = fill(template, built.params ?? {}) + query(built.query);
    const { caller, callerAgency, scope } = call.target;
    const who =
      caller === 'anonymous' ? `anonymous (${callerAgency.key})` : `${callerAgency.key} ${caller} on ${scope} data`;
    const before = await f.fingerprint();
    const contentType = built.contentType ?? (built.payload === undefined ? undefined : 'application/json');
    const res = await f.t.app.inject({
      method: method as 'GET',
      url,
      headers: {
        ...(call.token ? { authorization: `Bearer ${call.token}` } : {}),
        ...(contentType ? { 'content-type': contentType } : {}),
      },
      ...(built.payload === undefined
        ? {}
        : { payload: typeof built.payload === 'string' ? built.payload : JSON.stringify(built.payload) }),
    });
    const problems: string[] = [];
    const answer = `${res.statusCode} ${res.body.slice(0, 200)}`;
    if (res.statusCode !== call.expected) problems.push(`${who}: expected ${call.expected}, got ${answer}`);
    if (res.statusCode >= 400) {
      problems.push(...envelopeProblems(res).map((p) => `${who}: ${p}: ${answer}`));
      const code = safeCode(res.body);
      const expectedCode =
        res.statusCode === 401 ? /^AUTH\.UNAUTHENTICATED$/ : res.statusCode === 403 ? /^AUTH\.FORBIDDEN$/ : undefined;
      if (expectedCode && !expectedCode.test(code)) problems.push(`${who}: ${res.statusCode} with code ${code}`);
      if (res.statusCode === 404 && (code === 'ROUTE.NOT_FOUND' || !code.endsWith('.NOT_FOUND'))) {
        problems.push(`${who}: 404 with code ${code} (is the request built right?)`);
      }
      const after = await f.fingerprint();
      const changed = Object.keys({ ...before, ...after }).filter((k) => before[k] !== after[k]);
      if (changed.length > 0)
        problems.push(`${who}: rejected with ${res.statusCode}, but changed ${changed.join(', ')}`);
    } else if (res.statusCode < 300) {
      const leaked = theirs.filter((marker) => res.body.includes(marker));
      if (leaked.length > 0) {
        problems.push(`${who}: a ${res.statusCode} carries ${leaked.length} identifier(s) of another agency`);
      }
    }
    return problems;
  }
});

function fill(template: string, params: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`no value for {${name}} in ${template}`);
    return encodeURIComponent(value);
  });
}

function query(values: Readonly<Record<string, string>> | undefined): string {
  return values ? `?${new URLSearchParams(values as Record<string, string>).toString()}` : '';
}

function safeCode(body: string): string {
  try {
    return String((JSON.parse(body) as { error?: { code?: unknown } }).error?.code ?? '');
  } catch {
    return '';
  }
}
