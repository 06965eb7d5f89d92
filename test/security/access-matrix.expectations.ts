import type { Role } from '../../src/core/auth/roles.js';
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
/** The detainer of the scope: the liaison's own in `mine`, else one its records officer logged. */
const detainerOf = ({ on, scope }: Target) => (scope === 'mine' ? on.liaisonDetainerId : on.detainerId);

//                                                                  admin  officer  supervisor  auditor  liaison
export const ACCESS_MATRIX: Readonly<Record<string, RouteExpectation>> = {
  'GET /api/v1/health': publicRoute('liveness: public'),
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

  'POST /api/v1/auth/sign-in': {
    why: "anyone may sign in with a user's own credentials (anonymous here: the records officer's)",
    request: ({ callerAgency, caller }) => ({
      payload: {
        email: callerAgency.email(caller === 'anonymous' ? 'records-officer' : caller),
        password: 'demo-password-2026',
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
    why: 'token:create, every role',
    request: () => ({ payload: { name: 'access matrix' } }),
    anonymous: 401,
    own: everyRole(201),
    other: NO_AGENCY_DATA,
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
  'GET /api/v1/alarms': {
    why: "detainer:read; the caller's agency only",
    request: () => ({}),
    anonymous: 401,
    own: /*      */ roles(200, 200, 200, 200, 403),
    other: NO_AGENCY_DATA,
  },
};
