import { Type, type Static } from 'typebox';
import { Line } from '../../core/shared/input-types.js';
import { ROLES } from '../../core/auth/roles.js';
import { SECURITY_EVENT_KINDS } from '../../core/auth/security.ports.js';
import { SECURITY_EVENT_PAGE } from '../../core/auth/security-events.use-cases.js';
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

export const NewAccountBody = Type.Object(
  {
    email: Line({ minLength: 3, maxLength: 254 }),
    displayName: Line({ minLength: 1, maxLength: 200 }),
    role: Type.Enum(ROLES),
    password: Type.String({ minLength: 1, maxLength: 1024 }),
  },
  { additionalProperties: false },
);

export const AccountChangeBody = Type.Object(
  {
    role: Type.Optional(Type.Enum(ROLES)),
    displayName: Type.Optional(Line({ minLength: 1, maxLength: 200 })),
  },
  { additionalProperties: false, minProperties: 1 },
);

export const PasswordBody = Type.Object(
  { password: Type.String({ minLength: 1, maxLength: 1024 }) },
  { additionalProperties: false },
);

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

export const SecurityEventQuery = Type.Object(
  {
    kind: Type.Optional(Type.Enum(SECURITY_EVENT_KINDS)),
    userId: Type.Optional(Uuid),
    from: Type.Optional(Instant),
    to: Type.Optional(Instant),
    limit: Type.Optional(
      Type.Integer({ minimum: 1, maximum: SECURITY_EVENT_PAGE.max, default: SECURITY_EVENT_PAGE.default }),
    ),
    offset: Type.Optional(Type.Integer({ minimum: 0, default: 0 })),
  },
  { additionalProperties: false },
);

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
