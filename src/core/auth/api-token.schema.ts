import { Type, type Static } from 'typebox';
import { Line } from '../shared/input-types.js';

export const TOKEN_DEFAULT_DAYS = 90;
export const TOKEN_MAX_DAYS = 365;

const SecondFactorCode = Type.String({ pattern: '^[0-9]{6}$', description: 'current 6-digit TOTP code' });

/** A new API token: `POST /tokens` (JSON) and `tokens create` (options as text). */
export const NewApiTokenSchema = Type.Object(
  {
    name: Line({ minLength: 1, maxLength: 100, description: 'what the token is for, e.g. "records system sync"' }),
    expiresInDays: Type.Optional(
      Type.Integer({ minimum: 1, maximum: TOKEN_MAX_DAYS, description: `default ${TOKEN_DEFAULT_DAYS}` }),
    ),
    password: Type.Optional(
      Line({
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
export type NewApiTokenInput = Static<typeof NewApiTokenSchema>;
