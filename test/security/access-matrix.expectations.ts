import type { Role } from '../../src/core/auth/roles.js';
import { totpCode } from '../../src/core/auth/totp.js';
import { DEMO_TOTP_SECRET } from '../../src/ingest/demo/demo-agencies.js';
import type { AgencyData } from '../support/security-fixtures.js';
import { alameda2018 } from '../support/evaluation-samples.js';

/**
 * THE ACCESS MATRIX: for every route of the OpenAPI document, how to build a valid request, and
 * the status each caller gets. access-matrix.test.ts walks the OpenAPI document against this table:
 * a route without an entry fails, an entry without a route fails.
 *
 * Callers: anonymous, or a user of each role (src/core/auth/roles.ts) of one demo agency.
 * Scopes, per role:
 *   own      the caller's agency's data (a request logged by its records officer, a notice served on it,
 *            its facility);
 *   other    the same request built on ANOTHER agency's data: never a 2xx (checked below), and a
 *            rejected write leaves every table as it was;
 *   mine     (federal liaison only, routes of one detainer) a request the liaison logged itself.
 * `other: NO_AGENCY_DATA` marks routes whose request names no agency's data (public routes, or the
 * caller's own agency implicitly); every 2xx of every route is still searched for the other
 * agency's identifiers and personal data.
 *
 * Statuses: 200/201/204 allowed; 401 anonymous; 403 the role lacks the right; 404 another agency's
 * data (or data the role may not read: its existence is not revealed); 422 see the entry.
 */

export type Status = 200 | 201 | 204 | 400 | 401 | 403 | 404 | 409 | 422;
export type PerRole = Readonly<Record<Role, Status>>;
export const NO_AGENCY_DATA = 'no agency data' as const;

export type Scope = 'own' | 'other' | 'mine' | 'anonymous';

/** What a request is built from. */
export interface Target {
  /** The agency whose data the request addresses (the caller's own, or another). */
  readonly on: AgencyData;
  /** The caller's agency (for anonymous: the agency of the data). */
  readonly callerAgency: AgencyData;
  readonly caller: Role | 'anonymous';
  readonly scope: Scope;
}

export interface BuiltRequest {
  /** Values for the path template's {placeholders}. */
  readonly params?: Readonly<Record<string, string>>;
  readonly query?: Readonly<Record<string, string>>;
  /** A JSON body (object or array), or raw text with `contentType`. */
  readonly payload?: unknown;
  readonly contentType?: string;
}

export interface RouteExpectation {
  /** The rule, in one line: what a reviewer checks the statuses against. */
  readonly why: string;
  readonly request: (target: Target) => BuiltRequest | Promise<BuiltRequest>;
  readonly anonymous: Status;
  readonly own: PerRole;
  readonly other: PerRole | typeof NO_AGENCY_DATA;
  /** The federal liaison on a request it logged itself (routes of one detainer). */
  readonly mine?: Status;
  /** Public by design, it names every agency by id (the signed audit heads); nothing else of theirs. */
  readonly namesEveryAgency?: true;
}

const roles = (
  admin: Status,
  recordsOfficer: Status,
  supervisor: Status,
  auditor: Status,
  federalLiaison: Status,
): PerRole => ({
  admin,
  'records-officer': recordsOfficer,
  supervisor,
  auditor,
  'federal-liaison': federalLiaison,
});
const everyRole = (status: Status): PerRole => roles(status, status, status, status, status);

/** A public route: everyone, signed in or not, gets `status`. */
const publicRoute = (
  why: string,
  request: RouteExpectation['request'] = () => ({}),
  status: Status = 200,
): RouteExpectation => ({ why, request, anonymous: status, own: everyRole(status), other: NO_AGENCY_DATA });

let serial = 0;
const unique = (prefix: string) => `${prefix}-${process.pid}-${++serial}`;
const PASSWORD = 'demo-password-2026';
/** Admins and supervisors must have a second factor (the demo's are enrolled with DEMO_TOTP_SECRET). */
const needsSecondFactor = (role: Role | 'anonymous') => role === 'admin' || role === 'supervisor';

/** The detainer of the scope: the liaison's own in `mine`, else one its records officer logged. */
const detainerOf = ({ on, scope }: Target) => (scope === 'mine' ? on.liaisonDetainerId : on.detainerId);

//                                                                  admin  officer  supervisor  auditor  liaison
export const ACCESS_MATRIX: Readonly<Record<string, RouteExpectation>> = {
  'GET /api/v1/health': publicRoute('liveness: public'),
  'GET /api/v1/health/live': publicRoute('liveness, no database: public'),
  'GET /api/v1/health/ready': publicRoute('readiness (database and migrations): public'),
  'GET /api/v1/audit/heads': {
    ...publicRoute('agency ids, sequence numbers, hashes and times, signed: public so outsiders keep copies'),
    namesEveryAgency: true,
  },
  'GET /metrics': publicRoute(
    'counts only, no personal data; open without METRICS_TOKEN (the fixture has none), which test/server/metrics.test.ts closes',
  ),
  'GET /api/v1/places/states': publicRoute('reference places: public'),
  'GET /api/v1/places/states/{state}': publicRoute('reference places: public', () => ({ params: { state: 'CA' } })),
  'GET /api/v1/places/counties': publicRoute('reference places: public', () => ({ query: { state: 'TX' } })),
  'GET /api/v1/places/counties/{fips}': publicRoute('reference places: public', () => ({ params: { fips: '17031' } })),
  'GET /api/v1/policies': publicRoute('the law library: public', () => ({ query: { state: 'CA' } })),
  'GET /api/v1/policies/{id}': publicRoute('the law library: public', () => ({ params: { id: 'tx-ccp-2.251' } })),
  'GET /api/v1/places/{state}/policies': publicRoute('the law in force: public', () => ({
    params: { state: 'CA' },
    query: { at: '2020-01-01' },
  })),
  'GET /api/v1/places/{state}/{countyFips}/policies': publicRoute('the law in force: public', () => ({
    params: { state: 'CA', countyFips: '06001' },
    query: { at: '2020-01-01' },
  })),
  'POST /api/v1/evaluate': publicRoute('facts only, no identities, stores nothing: public', () => ({
    payload: alameda2018,
  })),
  'GET /api/v1/stats/detainers': publicRoute('FOIA research statistics: public', () => ({
    query: { groupBy: 'year' },
  })),
  'GET /api/v1/stats/desk': publicRoute("the desk's counts, small cells suppressed: public", () => ({
    query: { groupBy: 'state' },
  })),
  'POST /api/v1/replay': publicRoute('FOIA research data under another law: public', () => ({
    payload: { law: { state: 'CA' }, at: '2018-06-01', from: '2017-01-01', to: '2017-12-31' },
  })),
  // map-api (issue 12): the law map and panel
  'GET /api/v1/law/map': publicRoute('the law in force by county, no identities: public', () => ({
    query: { at: '2018-06-01', action: 'hold', profile: 'no-record' },
  })),
  'GET /api/v1/law/panel': publicRoute('the law in force by county over time, no identities: public', () => ({
    query: { from: '2017-08-01', to: '2017-09-30', profile: 'no-record', action: 'hold' },
  })),
  // place slice (issue 12): the law in plain words
  'GET /api/v1/places/{state}/summary': publicRoute('the law in force, in plain words: public', () => ({
    params: { state: 'CA' },
    query: { at: '2020-01-01' },
  })),
  'GET /api/v1/places/{state}/{countyFips}/summary': publicRoute('the law in force, in plain words: public', () => ({
    params: { state: 'CA', countyFips: '06001' },
    query: { at: '2020-01-01' },
  })),
  // explorer (issue 12): the releases with their time coverage
  'GET /api/v1/stats/releases': publicRoute('FOIA research releases and what they cover: public', () => ({})),

  'POST /api/v1/auth/sign-in': {
    why: "anyone may sign in with a user's own credentials, admins and supervisors with their code (anonymous: the records officer's)",
    request: ({ callerAgency, caller }) => ({
      payload: {
        email: callerAgency.email(caller === 'anonymous' ? 'records-officer' : caller),
        password: PASSWORD,
        // Each user signs in once per run: a code is refused a second time (replay).
        ...(needsSecondFactor(caller) ? { code: totpCode(DEMO_TOTP_SECRET, new Date()) } : {}),
      },
    }),
    anonymous: 200,
    own: everyRole(200),
    other: NO_AGENCY_DATA,
  },
  'POST /api/v1/auth/sign-out': publicRoute('ends the session of the cookie, if any: never an error', () => ({}), 204),
  'GET /api/v1/auth/me': {
    why: 'the signed-in account: any role',
    request: () => ({}),
    anonymous: 401,
    own: everyRole(200),
    other: NO_AGENCY_DATA,
  },
  'GET /api/v1/auth/session': publicRoute('whether the caller is signed in: never 401'),
  'POST /api/v1/tokens': {
    why: 'an API token may not create tokens (a cookie session with the password may: test/api/api-tokens)',
    request: () => ({ payload: { name: 'access matrix' } }),
    anonymous: 401,
    own: everyRole(403),
    other: NO_AGENCY_DATA,
  },
  'GET /api/v1/tokens': {
    why: "?all=true: every token of the caller's agency, admins only (others list their own without it)",
    request: () => ({ query: { all: 'true' } }),
    anonymous: 401,
    own: /*      */ roles(200, 403, 403, 403, 403),
    other: NO_AGENCY_DATA,
  },
  'DELETE /api/v1/tokens/{id}': {
    why: 'a caller revokes its own token, an admin any of its agency; any other is not found (404)',
    request: async ({ on }) => ({ params: { id: await on.freshTokenId('records-officer') } }),
    anonymous: 401,
    own: /*      */ roles(200, 200, 404, 404, 404),
    other: /*    */ roles(404, 404, 404, 404, 404),
  },
  'GET /api/v1/auth/sessions': {
    why: "the caller's own sessions: any role",
    request: () => ({}),
    anonymous: 401,
    own: everyRole(200),
    other: NO_AGENCY_DATA,
  },
  'DELETE /api/v1/auth/sessions': {
    why: "ends the caller's own sessions (with an API token: all of them): any role",
    request: () => ({}),
    anonymous: 401,
    own: everyRole(200),
    other: NO_AGENCY_DATA,
  },
  'DELETE /api/v1/auth/sessions/{id}': {
    why: "ends one of the caller's own sessions; another user's (here: the same role in another agency) is not found",
    request: async ({ on, caller }) => ({
      params: { id: await on.freshSessionId(caller === 'anonymous' ? 'records-officer' : caller) },
    }),
    anonymous: 401,
    own: everyRole(204),
    other: everyRole(404),
  },
  // A second factor is managed from a signed-in (cookie) session, with the password, never with an
  // API token (a stolen token must not replace or remove the factor): 403 for every role here. The
  // session paths are in test/api/second-factor.api.test.ts.
  'POST /api/v1/auth/second-factor/enrol': {
    why: 'from a signed-in session only: with an API token, 403 for every role',
    request: () => ({ payload: { password: PASSWORD } }),
    anonymous: 401,
    own: everyRole(403),
    other: NO_AGENCY_DATA,
  },
  'POST /api/v1/auth/second-factor/confirm': {
    why: 'from a signed-in session only: with an API token, 403 for every role',
    request: () => ({ payload: { code: '123456' } }),
    anonymous: 401,
    own: everyRole(403),
    other: NO_AGENCY_DATA,
  },
  'DELETE /api/v1/auth/second-factor': {
    why: 'from a signed-in session only (and never for admins and supervisors): with an API token, 403',
    request: () => ({ payload: { password: PASSWORD, code: '123456' } }),
    anonymous: 401,
    own: everyRole(403),
    other: NO_AGENCY_DATA,
  },
  'GET /api/v1/security-events': {
    why: "security-event:read (admins, auditors); the caller's agency only",
    request: () => ({}),
    anonymous: 401,
    own: /*      */ roles(200, 403, 403, 200, 403),
    other: NO_AGENCY_DATA,
  },
  'GET /api/v1/audit/chains': {
    why: "audit:read (admins, auditors; not supervisors, whose reads the audit covers); the caller's agency only",
    request: () => ({}),
    anonymous: 401,
    own: /*      */ roles(200, 403, 403, 200, 403),
    other: NO_AGENCY_DATA,
  },
  'GET /api/v1/audit/reads': {
    why: "audit:read (admins, auditors); the caller's agency only, never the personal data read",
    request: () => ({ query: { limit: '500' } }),
    anonymous: 401,
    own: /*      */ roles(200, 403, 403, 200, 403),
    other: NO_AGENCY_DATA,
  },
  'GET /api/v1/users': {
    why: "user:manage (admins); the caller's agency only",
    request: () => ({}),
    anonymous: 401,
    own: /*      */ roles(200, 403, 403, 403, 403),
    other: NO_AGENCY_DATA,
  },
  'POST /api/v1/users': {
    why: "user:manage (admins); always into the caller's agency",
    request: () => ({
      payload: {
        email: `${unique('matrix-new')}@matrix.example`,
        displayName: 'Matrix new user',
        role: 'records-officer',
        password: 'matrix-password-2026',
      },
    }),
    anonymous: 401,
    own: /*      */ roles(201, 403, 403, 403, 403),
    other: NO_AGENCY_DATA,
  },
  'PATCH /api/v1/users/{id}': {
    why: "user:manage (the role is checked first: 403 before 404); another agency's user: 404",
    request: async ({ on }) => ({ params: { id: await on.freshUser() }, payload: { displayName: 'Matrix renamed' } }),
    anonymous: 401,
    own: /*      */ roles(200, 403, 403, 403, 403),
    other: /*    */ roles(404, 403, 403, 403, 403),
  },
  'POST /api/v1/users/{id}/disable': {
    why: "user:manage (the role is checked first: 403 before 404); another agency's user: 404",
    request: async ({ on }) => ({ params: { id: await on.freshUser() } }),
    anonymous: 401,
    own: /*      */ roles(200, 403, 403, 403, 403),
    other: /*    */ roles(404, 403, 403, 403, 403),
  },
  'POST /api/v1/users/{id}/enable': {
    why: "user:manage (the role is checked first: 403 before 404); another agency's user: 404",
    request: async ({ on }) => ({ params: { id: await on.freshUser() } }),
    anonymous: 401,
    own: /*      */ roles(200, 403, 403, 403, 403),
    other: /*    */ roles(404, 403, 403, 403, 403),
  },
  'POST /api/v1/users/{id}/unlock': {
    why: "user:manage (the role is checked first: 403 before 404); another agency's user: 404",
    request: async ({ on }) => ({ params: { id: await on.freshUser() } }),
    anonymous: 401,
    own: /*      */ roles(200, 403, 403, 403, 403),
    other: /*    */ roles(404, 403, 403, 403, 403),
  },
  'POST /api/v1/users/{id}/password': {
    why: "user:manage (the role is checked first: 403 before 404); another agency's user: 404",
    request: async ({ on }) => ({
      params: { id: await on.freshUser() },
      payload: { password: 'matrix-password-2027' },
    }),
    anonymous: 401,
    own: /*      */ roles(200, 403, 403, 403, 403),
    other: /*    */ roles(404, 403, 403, 403, 403),
  },
  'POST /api/v1/users/{id}/second-factor/reset': {
    why: "user:manage (the role is checked first: 403 before 404); another agency's user: 404",
    request: async ({ on }) => ({ params: { id: await on.freshUser() } }),
    anonymous: 401,
    own: /*      */ roles(200, 403, 403, 403, 403),
    other: /*    */ roles(404, 403, 403, 403, 403),
  },

  'POST /api/v1/detainers': {
    why: "detainer:create; `other` logs it into another agency's facility (404 FACILITY.NOT_FOUND)",
    request: ({ on }) => ({
      payload: {
        form: 'I-247A',
        formEdition: '2017-02',
        warrant: 'administrative',
        probableCause: ['biometric-database'],
        issuedAt: '2026-11-28T09:00:00-08:00',
        receivedAt: '2026-11-28T09:30:00-08:00',
        federalReference: unique('MATRIX-POST'),
        facilityId: on.facilityId,
        subject: { reference: unique('MX-POST') },
      },
    }),
    anonymous: 401,
    own: /*      */ roles(201, 201, 201, 403, 201),
    other: /*    */ roles(404, 404, 404, 403, 404),
  },
  'POST /api/v1/detainers/import': {
    why: "detainer:create; `other` names another agency's facility in a row (422 INTAKE.INVALID_ROWS, nothing written)",
    request: ({ on }) => ({
      contentType: 'text/csv',
      payload:
        'federalReference,form,formEdition,warrant,probableCause,issuedAt,facilityId,subjectReference\n' +
        `${unique('MATRIX-CSV')},I-247A,2017-02,administrative,biometric-database,2026-11-28T09:00:00-08:00,` +
        `${on.facilityId},${unique('MX-CSV')}\n`,
    }),
    anonymous: 401,
    own: /*      */ roles(200, 200, 200, 403, 200),
    other: /*    */ roles(422, 422, 422, 403, 422),
  },
  'GET /api/v1/intake/form': {
    why: "detainer:create: the form catalogue, the caller's agency's facilities and discretion, the request's schema",
    request: () => ({}),
    anonymous: 401,
    own: /*      */ roles(200, 200, 200, 403, 200),
    other: NO_AGENCY_DATA,
  },
  'GET /api/v1/detainers': {
    why: "detainer:read, or read-submitted (the liaison sees its own); always the caller's agency only",
    request: () => ({ query: { limit: '200' } }),
    anonymous: 401,
    own: /*      */ roles(200, 200, 200, 200, 200),
    other: NO_AGENCY_DATA,
  },
  'GET /api/v1/detainers/{id}': {
    why: 'detainer:read in the caller agency; a liaison reads only what it logged (else 404, not 403)',
    request: (target) => ({ params: { id: detainerOf(target) } }),
    anonymous: 401,
    own: /*      */ roles(200, 200, 200, 200, 404),
    other: /*    */ roles(404, 404, 404, 404, 404),
    mine: 200,
  },
  'POST /api/v1/detainers/{id}/events': {
    why: 'detainer:record (the role is checked first: 403 before 404)',
    request: async ({ on, scope }) => {
      const { id, version } = await on.fresh(scope === 'mine' ? 'federal-liaison' : 'records-officer');
      return {
        params: { id },
        payload: { type: 'facts-updated', expectedVersion: version, facts: { proofOfLawfulStatus: false } },
      };
    },
    anonymous: 401,
    own: /*      */ roles(201, 201, 201, 403, 403),
    other: /*    */ roles(404, 404, 404, 403, 403),
    mine: 403,
  },
  'GET /api/v1/detainers/{id}/notices/{noticeId}': {
    why: 'detainer:read (a notice names the person): the liaison never, even its own',
    request: ({ on }) => ({ params: { id: on.detainerId, noticeId: on.noticeId } }),
    anonymous: 401,
    own: /*      */ roles(200, 200, 200, 200, 403),
    other: /*    */ roles(404, 404, 404, 404, 403),
  },
  'GET /api/v1/detainers/{id}/notices/{noticeId}/preview': {
    why: 'detainer:read (a notice names the person), as its PDF: the liaison never, even its own',
    request: ({ on }) => ({ params: { id: on.detainerId, noticeId: on.noticeId } }),
    anonymous: 401,
    own: /*      */ roles(200, 200, 200, 200, 403),
    other: /*    */ roles(404, 404, 404, 404, 403),
  },
  'POST /api/v1/detainers/{id}/identity-resolution': {
    why: 'detainer:record and detainer:read (the role is checked first: 403 before 404)',
    request: async ({ on }) => ({
      params: { id: await on.conflicted() },
      payload: { choice: 'keep-on-file', reason: 'access matrix' },
    }),
    anonymous: 401,
    own: /*      */ roles(201, 201, 201, 403, 403),
    other: /*    */ roles(404, 404, 404, 403, 403),
    mine: 403,
  },
  'GET /api/v1/identity-conflicts': {
    why: "detainer:read; the caller's agency only",
    request: () => ({}),
    anonymous: 401,
    own: /*      */ roles(200, 200, 200, 200, 403),
    other: NO_AGENCY_DATA,
  },
  'GET /api/v1/alarms': {
    why: "detainer:read; the caller's agency only",
    request: () => ({}),
    anonymous: 401,
    own: /*      */ roles(200, 200, 200, 200, 403),
    other: NO_AGENCY_DATA,
  },
};
