import { Line } from '../../core/shared/input-types.js';
import { Type, type Static } from 'typebox';
import { ROLES } from '../../core/auth/roles.js';
import { Uuid } from './common.schema.js';

export const SignInBody = Type.Object(
  {
    email: Line({ minLength: 3, maxLength: 254 }),
    password: Type.String({ minLength: 1, maxLength: 1024 }),
    code: Type.Optional(
      Type.String({ pattern: '^[0-9]{6}$', description: 'the 6-digit code of the second factor, when enabled' }),
    ),
    recoveryCode: Type.Optional(
      Line({ minLength: 1, maxLength: 64, description: 'a single-use recovery code instead of `code`' }),
    ),
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
  secondFactor: Type.Object({
    enabled: Type.Boolean({ description: 'a confirmed TOTP second factor: sign-in asks for its code' }),
    required: Type.Boolean({
      description: 'the role must have one; while it is not enabled, only enrolment is open (403 otherwise)',
    }),
  }),
});
export type MeDto = Static<typeof MeDto>;

/** GET /auth/session: the account, or null when nobody is signed in. */
export const SessionStateDto = Type.Object({ account: Type.Union([MeDto, Type.Null()]) });
export type SessionStateDto = Static<typeof SessionStateDto>;
