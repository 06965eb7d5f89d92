import { describe, expect, it } from 'vitest';
import { can, PERMISSIONS, ROLES } from './roles.js';

describe('roles', () => {
  it('grants each role exactly its permissions', () => {
    const table = Object.fromEntries(ROLES.map((role) => [role, PERMISSIONS.filter((p) => can(role, p))]));
    expect(table).toEqual({
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
    });
  });
});
