import { Secret } from 'otpauth';
import { describe, expect, it } from 'vitest';
import { isTotpSecret } from '../core/auth/totp.js';
import { secondFactorRandom } from './node-ports.js';

describe('secondFactorRandom', () => {
  it('makes 160-bit base32 TOTP secrets that decode to 20 bytes', () => {
    const secrets = new Set(Array.from({ length: 50 }, () => secondFactorRandom.totpSecret()));
    expect(secrets.size).toBe(50);
    for (const secret of secrets) {
      expect(isTotpSecret(secret)).toBe(true);
      expect(secret).toHaveLength(32);
      expect(Secret.fromBase32(secret).bytes).toHaveLength(20);
      expect(Secret.fromBase32(secret).base32).toBe(secret);
    }
  });

  it('makes recovery codes of two groups of five base32 characters', () => {
    const codes = new Set(Array.from({ length: 50 }, () => secondFactorRandom.recoveryCode()));
    expect(codes.size).toBe(50);
    for (const code of codes) expect(code).toMatch(/^[a-z2-7]{5}-[a-z2-7]{5}$/);
  });
});
