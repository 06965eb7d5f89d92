import { Type, type Static } from 'typebox';
import { Uuid } from './common.schema.js';

const Password = Type.String({ minLength: 1, maxLength: 1024, description: 'your current password' });
const Code = Type.String({ pattern: '^[0-9]{6}$', description: 'the current 6-digit code of the authenticator app' });

export const EnrolBody = Type.Object({ password: Password }, { additionalProperties: false });

export const EnrolmentDto = Type.Object({
  secret: Type.String({ description: 'base32 TOTP secret (shown once): type it into an authenticator app' }),
  uri: Type.String({ description: 'otpauth:// URI of the same secret (for a QR code); shown once' }),
});
export type EnrolmentDto = Static<typeof EnrolmentDto>;

export const ConfirmBody = Type.Object({ code: Code }, { additionalProperties: false });

export const RecoveryCodesDto = Type.Object({
  recoveryCodes: Type.Array(Type.String(), {
    description: 'single-use codes for when the authenticator is lost; shown once, only their digests are kept',
  }),
});
export type RecoveryCodesDto = Static<typeof RecoveryCodesDto>;

export const DisableBody = Type.Object(
  {
    password: Password,
    code: Type.Optional(Code),
    recoveryCode: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
  },
  { additionalProperties: false },
);

export const UserParams = Type.Object({ id: Uuid });

export const ResetDto = Type.Object({
  userId: Type.String(),
  hadFactor: Type.Boolean({ description: 'false when the user had no second factor (their sessions end anyway)' }),
});
