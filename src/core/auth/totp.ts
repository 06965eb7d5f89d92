import { Secret, TOTP } from 'otpauth';

/**
 * Time-based one-time passwords (RFC 6238) with the parameters every authenticator app supports:
 * HMAC-SHA1, 6 digits, 30-second steps. Pure: the instant is always given, never read.
 */
export const TOTP_PERIOD_SECONDS = 30;
export const TOTP_DIGITS = 6;
/** Steps either side of the current one that are still accepted (clock drift between phone and server). */
export const TOTP_WINDOW = 1;

const BASE32 = /^[A-Z2-7]+=*$/;
const CODE = /^\d{6}$/;

/** The RFC 6238 time step (counter) of an instant. */
export function totpStep(at: Date): number {
  return Math.floor(at.getTime() / 1000 / TOTP_PERIOD_SECONDS);
}

export function isTotpCode(value: string): boolean {
  return CODE.test(value);
}

/** A base32 secret of at least 128 bits (26 characters), as authenticator apps expect. */
export function isTotpSecret(value: string): boolean {
  return value.length >= 26 && BASE32.test(value);
}

/** The code of the step that contains `at`. */
export function totpCode(secretBase32: string, at: Date): string {
  return TOTP.generate({
    secret: Secret.fromBase32(secretBase32),
    digits: TOTP_DIGITS,
    period: TOTP_PERIOD_SECONDS,
    algorithm: 'SHA1',
    timestamp: at.getTime(),
  });
}

/**
 * The step whose code `code` is, among the current step and TOTP_WINDOW steps either side, or
 * undefined. The caller refuses a step at or before the last one used (replay).
 */
export function matchingTotpStep(secretBase32: string, code: string, at: Date): number | undefined {
  if (!isTotpCode(code)) return undefined;
  const delta = TOTP.validate({
    token: code,
    secret: Secret.fromBase32(secretBase32),
    digits: TOTP_DIGITS,
    period: TOTP_PERIOD_SECONDS,
    algorithm: 'SHA1',
    timestamp: at.getTime(),
    window: TOTP_WINDOW,
  });
  return delta === null ? undefined : totpStep(at) + delta;
}

/** The otpauth:// URI an authenticator app reads (usually from a QR code) to add the account. */
export function totpUri(input: { secretBase32: string; issuer: string; account: string }): string {
  return new TOTP({
    issuer: input.issuer,
    label: input.account,
    secret: Secret.fromBase32(input.secretBase32),
    digits: TOTP_DIGITS,
    period: TOTP_PERIOD_SECONDS,
    algorithm: 'SHA1',
  }).toString();
}
