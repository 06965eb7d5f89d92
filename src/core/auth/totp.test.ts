import { describe, expect, it } from 'vitest';
import { isTotpCode, isTotpSecret, matchingTotpStep, totpCode, totpStep, totpUri } from './totp.js';

// RFC 6238 Appendix B: the SHA-1 seed is the ASCII string "12345678901234567890" (here in base32).
// The RFC lists 8-digit codes; a 6-digit code is the same value modulo 10^6, i.e. its last 6 digits.
const RFC_SECRET = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';
const RFC_VECTORS: ReadonlyArray<[seconds: number, eightDigits: string]> = [
  [59, '94287082'],
  [1111111109, '07081804'],
  [1111111111, '14050471'],
  [1234567890, '89005924'],
  [2000000000, '69279037'],
  [20000000000, '65353130'],
];

describe('TOTP (RFC 6238)', () => {
  it.each(RFC_VECTORS)('gives the RFC 6238 SHA-1 code at T=%i', (seconds, eightDigits) => {
    expect(totpCode(RFC_SECRET, new Date(seconds * 1000))).toBe(eightDigits.slice(2));
  });

  it('counts 30-second steps from the Unix epoch', () => {
    expect(totpStep(new Date(59_000))).toBe(1);
    expect(totpStep(new Date(1111111109_000))).toBe(0x23523ec);
    expect(totpStep(new Date(29_999))).toBe(0);
    expect(totpStep(new Date(30_000))).toBe(1);
  });

  it('matches the current step and one step either side, and nothing further', () => {
    const at = new Date(1234567890_000);
    const step = totpStep(at);
    for (const offset of [-1, 0, 1]) {
      const code = totpCode(RFC_SECRET, new Date(at.getTime() + offset * 30_000));
      expect(matchingTotpStep(RFC_SECRET, code, at)).toBe(step + offset);
    }
    for (const offset of [-3, -2, 2, 3]) {
      const code = totpCode(RFC_SECRET, new Date(at.getTime() + offset * 30_000));
      expect(matchingTotpStep(RFC_SECRET, code, at)).toBeUndefined();
    }
  });

  it('refuses anything that is not six digits', () => {
    const at = new Date(59_000);
    expect(matchingTotpStep(RFC_SECRET, '94287082', at)).toBeUndefined();
    expect(matchingTotpStep(RFC_SECRET, ' 287082', at)).toBeUndefined();
    expect(isTotpCode('287082')).toBe(true);
    expect(isTotpCode('28708a')).toBe(false);
    expect(isTotpCode('')).toBe(false);
  });

  it('accepts only base32 secrets of at least 128 bits', () => {
    expect(isTotpSecret(RFC_SECRET)).toBe(true);
    expect(isTotpSecret('GEZDGNBVGY3TQOJQ')).toBe(false);
    expect(isTotpSecret('gezdgnbvgy3tqojqgezdgnbvgy3tqojq')).toBe(false);
    expect(isTotpSecret('GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJ1')).toBe(false);
  });

  it('writes the otpauth:// URI authenticator apps read', () => {
    const uri = new URL(totpUri({ secretBase32: RFC_SECRET, issuer: 'Detainer Desk', account: 'a@b.example' }));
    expect(uri.protocol).toBe('otpauth:');
    expect(uri.host).toBe('totp');
    expect(decodeURIComponent(uri.pathname)).toBe('/Detainer Desk:a@b.example');
    expect(Object.fromEntries(uri.searchParams)).toEqual({
      issuer: 'Detainer Desk',
      secret: RFC_SECRET,
      algorithm: 'SHA1',
      digits: '6',
      period: '30',
    });
  });
});
