import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { listPersonalDataReads, verifyAgencyAudit } from '../../core/audit/audit.use-cases.js';
import type { VerifiedChains } from '../../core/audit/verified-chains.js';
import type { KeyObject } from 'node:crypto';
import type { AuditChainReader } from '../../core/audit/audit.ports.js';
import { headsToPublish, signHeads } from '../../core/audit/signed-heads.js';
import type { Clock } from '../../core/shared/ports.js';
import type { PersonalDataReadEntry, PersonalDataReadLog } from '../../core/lifecycle/lifecycle.ports.js';
import { ApiError, unwrap } from '../errors/api-error.js';
import { requirePrincipal } from '../plugins/authentication.js';
import {
  AuditChainDto,
  AuditHeadsDto,
  PersonalDataReadPageDto,
  PersonalDataReadQuery,
} from '../schemas/audit.schema.js';
import { errorResponses } from '../schemas/common.schema.js';

export interface AuditRouteDeps {
  /** This server's last verified head of each agency's chain: a call hashes only what was appended since. */
  readonly chains: VerifiedChains;
  readonly reads: PersonalDataReadLog;
  /** What the public heads are read from and signed with (no key: the route answers 503). */
  readonly heads: {
    readonly reader: AuditChainReader;
    readonly clock: Clock;
    readonly signingKey: KeyObject | null;
  };
}

export function personalDataReadJson(read: PersonalDataReadEntry) {
  return {
    id: read.id,
    at: read.at.toISOString(),
    userId: read.userId,
    userEmail: read.userEmail,
    detainerId: read.detainerId,
    purpose: read.purpose,
    channel: read.channel,
  };
}

/** The auditor's page: the agency's hash chain and the log of reads of personal data (admins, auditors). */
export const auditRoutes =
  ({ chains, reads, heads }: AuditRouteDeps): FastifyPluginAsyncTypebox =>
  async (app) => {
    app.get(
      '/audit/heads',
      {
        schema: {
          tags: ['audit'],
          security: [],
          summary: "Every agency's audit chain head, signed (public: keep copies to check the chains later)",
          description:
            "Each agency with events: the sequence number, SHA-256 and time of its chain's last event, nothing " +
            "else (no personal data), signed with the server's Ed25519 key (AUDIT_SIGNING_KEY). Anyone may keep " +
            'copies; `detainer-desk audit verify --against FILE --public-key KEY` later fails when a chain no longer ' +
            'extends a head published here (an event altered and the rest of the chain re-hashed). Check the ' +
            'signature with the public key the agency publishes elsewhere, never one taken from this answer. Every ' +
            'chain is verified first (from the last head this server verified intact): a broken chain answers 500 ' +
            'AUDIT.CHAIN_BROKEN naming the agency and event, and nothing is signed. A server without a signing key ' +
            'answers 503 AUDIT.NO_SIGNING_KEY.',
          response: { 200: AuditHeadsDto, ...errorResponses(500, 503) },
        },
      },
      async () => {
        if (!heads.signingKey)
          throw new ApiError(
            'AUDIT.NO_SIGNING_KEY',
            'This server publishes no audit heads: it was started without AUDIT_SIGNING_KEY.',
          );
        const statement = unwrap(
          await headsToPublish(heads.reader, (agencyId) => chains.verify(agencyId), heads.clock.now()),
        );
        const document = signHeads(statement, heads.signingKey);
        return { ...document, heads: [...document.heads] };
      },
    );

    app.get(
      '/audit/chains',
      {
        schema: {
          tags: ['audit'],
          summary: "The caller's agency's audit chain, verified up to its head now (admins, auditors)",
          description:
            'Every detainer event is hash-chained per agency. The answer counts the events verified, gives the ' +
            'recorded head, and, when the chain is broken, the first event that breaks it and why. A broken chain ' +
            'answers 200 with ok false. The server verifies the whole chain at its first call, then only the ' +
            'events appended since the last head it verified intact, re-hashing that head event and counting ' +
            'the events below it: a removed, added or reordered event, a rewritten head event or a broken new ' +
            'link is reported (then as `audit verify --agency` reports it). An event below the last verified ' +
            'head rewritten in place (the append-only triggers dropped) is not seen here until the server ' +
            'restarts; `detainer-desk audit verify` recomputes every chain in full and finds it.',
          response: { 200: AuditChainDto, ...errorResponses(401, 403) },
        },
      },
      async (request) => unwrap(await verifyAgencyAudit(chains, requirePrincipal(request))),
    );

    app.get(
      '/audit/reads',
      {
        schema: {
          tags: ['audit'],
          summary: "The caller's agency's log of personal-data reads, newest first (admins, auditors)",
          description:
            'Who read which detainer, when, why (purpose) and how (channel); never the personal data read. ' +
            'Filters: userId, detainerId, from (inclusive), to (exclusive), limit, offset.',
          querystring: PersonalDataReadQuery,
          response: { 200: PersonalDataReadPageDto, ...errorResponses(400, 401, 403) },
        },
      },
      async (request) => {
        const page = unwrap(await listPersonalDataReads({ reads }, requirePrincipal(request), request.query));
        return { ...page, reads: page.reads.map(personalDataReadJson) };
      },
    );
  };
