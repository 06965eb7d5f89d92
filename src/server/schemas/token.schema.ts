import { Line } from '../../core/shared/input-types.js';
import { Type, type Static } from 'typebox';
import { TOKEN_DEFAULT_DAYS, TOKEN_MAX_DAYS } from '../../core/auth/api-tokens.use-cases.js';
import { Instant, Uuid } from './common.schema.js';

const SecondFactorCode = Type.String({ pattern: '^[0-9]{6}$', description: 'current 6-digit TOTP code' });

export const NewTokenBody = Type.Object(
  {
    name: Line({ minLength: 1, maxLength: 100 }),
    expiresInDays: Type.Optional(
      Type.Integer({ minimum: 1, maximum: TOKEN_MAX_DAYS, description: `default ${TOKEN_DEFAULT_DAYS}` }),
    ),
    password: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: 1024,
        description: 'your current password: required when you call from a browser (cookie) session',
      }),
    ),
    code: Type.Optional(SecondFactorCode),
    recoveryCode: Type.Optional(Line({ minLength: 1, maxLength: 64 })),
  },
  { additionalProperties: false },
);

export const NewTokenDto = Type.Object({
  id: Uuid,
  name: Type.String(),
  createdAt: Instant,
  expiresAt: Instant,
  token: Type.String({ description: 'shown once; send it as "Authorization: Bearer <token>"' }),
});

export const TokenDto = Type.Object({
  id: Uuid,
  name: Type.String(),
  userId: Uuid,
  userEmail: Type.String(),
  createdAt: Instant,
  expiresAt: Instant,
  lastUsedAt: Type.Union([Instant, Type.Null()], { description: 'recorded at most once a minute' }),
  revokedAt: Type.Union([Instant, Type.Null()]),
});
export type TokenDto = Static<typeof TokenDto>;

export const TokenListDto = Type.Object({ tokens: Type.Array(TokenDto) });
export type TokenListDto = Static<typeof TokenListDto>;

export const TokenListQuery = Type.Object(
  {
    all: Type.Optional(
      Type.Boolean({ description: "admins: every token of the caller's agency (default: only the caller's own)" }),
    ),
  },
  { additionalProperties: false },
);

export const TokenParams = Type.Object({ id: Uuid });
