import { Type, type Static } from 'typebox';
import { Line, Uuid } from '../shared/input-types.js';
import { ROLES } from './roles.js';

const Email = Line({ minLength: 3, maxLength: 254, description: 'sign-in email' });
const DisplayName = Line({ minLength: 1, maxLength: 200, description: 'the name shown to colleagues' });
// Any printable text, spaces and any script included (ASVS V2.1.4); control characters are not typed.
const Password = Line({ minLength: 1, maxLength: 1024 });

/** A new user: `POST /users` (the admin's agency) and `users add` (with --agency). */
export const NewAccountSchema = Type.Object(
  { email: Email, displayName: DisplayName, role: Type.Enum(ROLES), password: Password },
  { additionalProperties: false },
);
export type NewAccount = Static<typeof NewAccountSchema>;

/** What an admin changes: `PATCH /users/:id` and `users change`. */
export const AccountChangeSchema = Type.Object(
  { role: Type.Optional(Type.Enum(ROLES)), displayName: Type.Optional(DisplayName) },
  { additionalProperties: false, minProperties: 1 },
);

/** `PUT /users/:id/password` and `users set-password`. */
export const PasswordSchema = Type.Object({ password: Password }, { additionalProperties: false });

/** The filters an operator gives at the CLI to list users, tokens or security events. */
export const OperatorFilterSchema = Type.Object(
  {
    agency: Type.Optional(Uuid('only this agency (see: agencies list)')),
    user: Type.Optional(Email),
  },
  { additionalProperties: false },
);
