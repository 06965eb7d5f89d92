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

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function isValidEmail(email: string): boolean {
  return email.length <= 254 && EMAIL.test(email);
}
