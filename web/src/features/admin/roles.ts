import type { Role } from '../../shared/types';

/** The roles an admin can give, in the order the API lists them (src/core/auth/roles.ts). */
export const ROLE_LIST: readonly Role[] = ['admin', 'records-officer', 'supervisor', 'auditor', 'federal-liaison'];
