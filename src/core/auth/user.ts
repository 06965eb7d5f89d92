import { invalidField, type DomainError } from '../shared/errors.js';
import { LINE_PATTERN } from '../shared/input-types.js';
import type { AgencyId, UserId } from '../shared/ids.js';
import type { Role } from './roles.js';

export interface User {
  readonly id: UserId;
  readonly agencyId: AgencyId;
  readonly email: string;
  readonly displayName: string;
  readonly role: Role;
  readonly disabled: boolean;
  readonly createdAt: Date;
}

export interface UserWithSecret extends User {
  readonly passwordHash: string;
}

export const MIN_PASSWORD_LENGTH = 12;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const ONE_LINE = new RegExp(LINE_PATTERN, 'u');

/** A display name: 1 to 200 characters of one line of text (no control characters, no lone surrogates). */
export function displayNameProblem(displayName: string): DomainError | undefined {
  const length = 'must be 1 to 200 characters';
  if (displayName.length === 0) return invalidField('displayName', length, 'empty');
  if (displayName.length > 200) return invalidField('displayName', length, 'maxLength', { limit: 200 });
  if (!ONE_LINE.test(displayName))
    return invalidField('displayName', 'must be one line of text without control characters', 'oneLine');
  return undefined;
}

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function isValidEmail(email: string): boolean {
  // One line of printable text: no control characters (C0, DEL, C1) and no lone surrogates.
  return email.length <= 254 && EMAIL.test(email) && ONE_LINE.test(email);
}
