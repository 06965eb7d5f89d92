import { Line } from '../../core/shared/input-types.js';
import { Type, type Static } from 'typebox';
import { ROLES } from '../../core/auth/roles.js';
import { Instant, Uuid } from './common.schema.js';

export const SignInBody = Type.Object(
  {
    email: Line({ minLength: 3, maxLength: 254 }),
    password: Type.String({ minLength: 1, maxLength: 1024 }),
  },
  { additionalProperties: false },
);

export const MeDto = Type.Object({
  user: Type.Object({
    id: Uuid,
    email: Type.String(),
    displayName: Type.String(),
    role: Type.Enum(ROLES),
  }),
  agency: Type.Object({
    id: Uuid,
    name: Type.String(),
    kind: Type.String(),
    stateCode: Type.String(),
    countyFips: Type.Union([Type.String(), Type.Null()]),
    timeZone: Type.String(),
    synthetic: Type.Boolean(),
  }),
});
export type MeDto = Static<typeof MeDto>;

export const NewTokenBody = Type.Object(
  { name: Line({ minLength: 1, maxLength: 100 }) },
  { additionalProperties: false },
);

export const NewTokenDto = Type.Object({
  id: Uuid,
  name: Type.String(),
  createdAt: Instant,
  token: Type.String({ description: 'shown once; send it as "Authorization: Bearer <token>"' }),
});
