import { describe, expect, it } from 'vitest';
import { ROLES } from './roles.js';
import { normaliseRecoveryCode, requiresSecondFactor } from './second-factor.use-cases.js';

describe('second factor rules', () => {
  it('is required for admins and supervisors only', () => {
    expect(ROLES.filter(requiresSecondFactor)).toEqual(['admin', 'supervisor']);
  });

  it('compares recovery codes without case, spaces or dashes', () => {
    expect(normaliseRecoveryCode('K3J9D-X7Q2M')).toBe('k3j9dx7q2m');
    expect(normaliseRecoveryCode(' k3j9d x7q2m ')).toBe('k3j9dx7q2m');
    expect(normaliseRecoveryCode('k3j9d-x7q2n')).not.toBe(normaliseRecoveryCode('k3j9d-x7q2m'));
  });
});
