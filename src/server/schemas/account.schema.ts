import { Type, type Static } from 'typebox';
import { ROLES } from '../../core/auth/roles.js';
import { SECURITY_EVENT_KINDS } from '../../core/auth/security-event.ports.js';
import { Instant, Uuid } from './common.schema.js';

export const UserIdParams = Type.Object({ id: Uuid });

export const AccountDto = Type.Object({
  id: Uuid,
  email: Type.String(),
  displayName: Type.String(),
  role: Type.Enum(ROLES),
  disabled: Type.Boolean(),
  lockedUntil: Type.Union([Instant, Type.Null()], { description: 'sign-in refused until then (failed attempts)' }),
  createdAt: Instant,
  lastSignInAt: Type.Union([Instant, Type.Null()]),
});
export type AccountDto = Static<typeof AccountDto>;

export const AccountListDto = Type.Object({ users: Type.Array(AccountDto) });
export type AccountListDto = Static<typeof AccountListDto>;

export const SessionDto = Type.Object({
  id: Uuid,
  createdAt: Instant,
  lastSeenAt: Instant,
  expiresAt: Instant,
  userAgent: Type.Union([Type.String(), Type.Null()], { description: 'e.g. "Firefox on Linux"' }),
  current: Type.Boolean({ description: 'the session this request came with' }),
});

export type SessionDto = Static<typeof SessionDto>;
export const SessionListDto = Type.Object({ sessions: Type.Array(SessionDto) });
export type SessionListDto = Static<typeof SessionListDto>;
export const SessionParams = Type.Object({ id: Uuid });
export const RevokedDto = Type.Object({ revoked: Type.Integer({ minimum: 0 }) });

export const SecurityEventDto = Type.Object({
  id: Uuid,
  occurredAt: Instant,
  kind: Type.Enum(SECURITY_EVENT_KINDS),
  userId: Type.Union([Uuid, Type.Null()]),
  userEmail: Type.Union([Type.String(), Type.Null()]),
  actorId: Type.Union([Uuid, Type.Null()], { description: 'the admin who acted; null: the user, or the server CLI' }),
  emailDigest: Type.Union([Type.String(), Type.Null()], {
    description: 'digest of the email tried at sign-in (never the email of an unknown account)',
  }),
  address: Type.Union([Type.String(), Type.Null()]),
  details: Type.Record(Type.String(), Type.Union([Type.String(), Type.Number(), Type.Boolean(), Type.Null()])),
});

export type SecurityEventDto = Static<typeof SecurityEventDto>;

export const SecurityEventPageDto = Type.Object({
  events: Type.Array(SecurityEventDto),
  total: Type.Integer(),
  limit: Type.Integer(),
  offset: Type.Integer(),
});
export type SecurityEventPageDto = Static<typeof SecurityEventPageDto>;
