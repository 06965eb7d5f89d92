import { Type, type Static } from 'typebox';
import { Instant, Uuid } from './common.schema.js';

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
