export const ROLES = ['admin', 'records-officer', 'supervisor', 'auditor', 'federal-liaison'] as const;
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = [
  'detainer:create',
  /** Read every detainer of the caller's agency, with the subject's personal data. */
  'detainer:read',
  /** Read only the detainers the caller submitted (a federal liaison's own requests). */
  'detainer:read-submitted',
  /** Record what happens to a detainer (release eligibility, holds, notices, transfers...). */
  'detainer:record',
  'user:manage',
  'token:create',
  /** Read the agency's security events (sign-ins, locks, account changes). */
  'security-event:read',
  /** Read the agency's audit trail: the hash chain's status and the log of personal-data reads. */
  'audit:read',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const GRANTS: Readonly<Record<Role, readonly Permission[]>> = {
  admin: [
    'detainer:create',
    'detainer:read',
    'detainer:record',
    'user:manage',
    'token:create',
    'security-event:read',
    'audit:read',
  ],
  'records-officer': ['detainer:create', 'detainer:read', 'detainer:record', 'token:create'],
  supervisor: ['detainer:create', 'detainer:read', 'detainer:record', 'token:create'],
  auditor: ['detainer:read', 'token:create', 'security-event:read', 'audit:read'],
  'federal-liaison': ['detainer:create', 'detainer:read-submitted', 'token:create'],
};

export function can(role: Role, permission: Permission): boolean {
  return GRANTS[role].includes(permission);
}

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}
