import { Type, type Static } from 'typebox';
import type { ChainVerdict } from '../../core/audit/hash-chain.js';
import { PersonalDataReadQuerySchema } from '../../core/audit/personal-data-reads.schema.js';
import { READ_PURPOSES } from '../../core/lifecycle/lifecycle.ports.js';
import { Instant, Uuid } from './common.schema.js';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) => Type.Union([schema, Type.Null()]);

/** `GET /audit/chains`: the caller's agency's chain, as `audit verify --agency` reports it. */
export const AuditChainDto = Type.Object(
  {
    agencyId: Uuid,
    events: Type.Integer({
      minimum: 0,
      description: 'the events verified: all of them when intact, those before the first broken one otherwise',
    }),
    ok: Type.Boolean({ description: 'true when every event links to the one before and the recorded head' }),
    head: Nullable(
      Type.Object(
        { seq: Type.Integer({ minimum: 0 }), hash: Type.String() },
        { description: "the chain's recorded head: its last event's sequence number and SHA-256" },
      ),
    ),
    broken: Nullable(
      Type.Object(
        {
          seq: Type.Integer(),
          detainerId: Nullable(Uuid),
          version: Nullable(Type.Integer()),
          problem: Type.Union(
            [
              Type.Literal('sequence-gap'),
              Type.Literal('previous-hash-mismatch'),
              Type.Literal('hash-mismatch'),
              Type.Literal('head-mismatch'),
            ],
            {
              description:
                'sequence-gap: an event removed or renumbered; previous-hash-mismatch: removed, added or reordered; ' +
                'hash-mismatch: the event was altered; head-mismatch: events removed or added at the end',
            },
          ),
        },
        { description: 'the first event that breaks the chain (detainerId and version null when it is missing)' },
      ),
    ),
  },
  { description: "The caller's agency's hash chain over its detainer events, recomputed now." },
);
export type AuditChainDto = Static<typeof AuditChainDto>;

export const PersonalDataReadQuery = PersonalDataReadQuerySchema;

export const PersonalDataReadDto = Type.Object({
  id: Uuid,
  at: Instant,
  userId: Uuid,
  userEmail: Nullable(Type.String()),
  detainerId: Uuid,
  purpose: Type.String({
    description: `why it was read: ${READ_PURPOSES.join(', ')} (the detainer view, the view answered after a command, after an identity resolution, a notice's PDF, a notice's preview)`,
  }),
  channel: Nullable(
    Type.Union([Type.Literal('session'), Type.Literal('token'), Type.Literal('cli')], {
      description:
        'how the reader was signed in: a browser session, an API token, or cli (on the server itself: a ' +
        'CLI command, or the demo data seeded at start); null for reads recorded before it was kept',
    }),
  ),
});

export const PersonalDataReadPageDto = Type.Object(
  {
    reads: Type.Array(PersonalDataReadDto, { description: 'newest first' }),
    total: Type.Integer({ minimum: 0 }),
    limit: Type.Integer(),
    offset: Type.Integer(),
  },
  { description: 'Who read which detainer, when, why and how; never the personal data read.' },
);
export type PersonalDataReadPageDto = Static<typeof PersonalDataReadPageDto>;

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
type DeepMutable<T> = T extends object ? { -readonly [K in keyof T]: DeepMutable<T[K]> } : T;
/** The schema must describe the core's verdict exactly (a missing field would be dropped silently). */
export type _AuditChainMatchesTheCore = Assert<Same<AuditChainDto, DeepMutable<ChainVerdict>>>;

/** `GET /audit/heads`: each agency's chain head, signed for publication (`audit heads --sign` writes the same). */
export const AuditHeadsDto = Type.Object(
  {
    format: Type.Literal('detainer-desk-audit-heads/1'),
    issuedAt: Type.String({ format: 'date-time', description: 'when the heads were read (UTC)' }),
    heads: Type.Array(
      Type.Object({
        agencyId: Uuid,
        seq: Type.Integer({ minimum: 1, description: "the sequence number of the chain's last event" }),
        hash: Type.String({ pattern: '^[0-9a-f]{64}$', description: "that event's SHA-256 (hex)" }),
        at: Type.String({ format: 'date-time', description: 'when that event was recorded (UTC)' }),
      }),
      { description: 'one per agency with events, in agency id order; no personal data' },
    ),
    signature: Type.Object(
      {
        algorithm: Type.Literal('Ed25519'),
        keyId: Type.String({
          pattern: '^SHA256:[0-9a-f]{64}$',
          description: "the signing key's fingerprint: SHA-256 of its public key's DER (SubjectPublicKeyInfo)",
        }),
        value: Type.String({
          description:
            'base64 Ed25519 signature over the UTF-8 canonical JSON of {format, issuedAt, heads} (keys sorted at every level, no spaces)',
        }),
      },
      { description: 'check it with the public key the agency publishes, never one taken from this answer' },
    ),
  },
  {
    description:
      'Each agency audit chain head, signed: keep copies; `detainer-desk audit verify --against` checks them.',
  },
);
