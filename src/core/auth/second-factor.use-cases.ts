import { domainError, invalidField, type DomainError } from '../shared/errors.js';
import type { UserId } from '../shared/ids.js';
import type { Clock, IdGenerator } from '../shared/ports.js';
import { err, ok, type Result } from '../shared/result.js';
import type { PasswordHasher, SecretDigest, UserRepository } from './auth.ports.js';
import type { Principal } from './principal.js';
import { can, type Role } from './roles.js';
import type { SecondFactorPorts } from './second-factor.ports.js';
import { recordSecurityEvent, type EventOrigin } from './security-event.js';
import type { SecurityEventLog } from './security-event.ports.js';
import { isTotpSecret, matchingTotpStep, totpUri } from './totp.js';
import type { User, UserWithSecret } from './user.js';

/**
 * TOTP second factor (RFC 6238) with single-use recovery codes. Admins and supervisors must have one
 * (they manage users and override decisions); other roles may. CJIS Security Policy 5.6.2.2 (advanced
 * authentication), OWASP ASVS V2.7/V2.8.
 */
export interface SecondFactorDeps {
  readonly users: UserRepository;
  readonly passwords: PasswordHasher;
  readonly digest: SecretDigest;
  readonly clock: Clock;
  readonly secondFactor: SecondFactorPorts;
  readonly securityEvents: SecurityEventLog;
  readonly ids: IdGenerator;
}

export const ROLES_REQUIRING_SECOND_FACTOR: readonly Role[] = ['admin', 'supervisor'];
export const RECOVERY_CODE_COUNT = 10;

export interface SecondFactorStatus {
  /** A confirmed factor: sign-in asks for its code. */
  readonly enabled: boolean;
  /** The role must have one: without it, a session may only enrol. */
  readonly required: boolean;
}

/** The proof a caller gives beside the password: a TOTP code or one of the recovery codes. */
export interface SecondFactorProof {
  readonly code?: string | undefined;
  readonly recoveryCode?: string | undefined;
}

export function requiresSecondFactor(role: Role): boolean {
  return ROLES_REQUIRING_SECOND_FACTOR.includes(role);
}

export async function secondFactorStatus(
  deps: Pick<SecondFactorDeps, 'secondFactor'>,
  user: { readonly userId: UserId; readonly role: Role },
): Promise<SecondFactorStatus> {
  const factor = await deps.secondFactor.factors.find(user.userId);
  return { enabled: Boolean(factor?.confirmedAt), required: requiresSecondFactor(user.role) };
}

/** True when the caller's role requires a second factor they have not confirmed yet: only enrolment is open. */
export async function enrolmentPending(
  deps: Pick<SecondFactorDeps, 'secondFactor'>,
  principal: Principal,
): Promise<boolean> {
  if (!requiresSecondFactor(principal.role)) return false;
  return !(await secondFactorStatus(deps, principal)).enabled;
}

const WRONG_CODE = domainError(
  'AUTH.INVALID_CREDENTIALS',
  'The second-factor code is not correct, or was already used.',
);

/**
 * Checks the second factor of a user whose password was just verified. 'none' when the user has no
 * confirmed factor. Without a proof: AUTH.SECOND_FACTOR_REQUIRED at sign-in (`missing: 'sign-in'`),
 * or an invalid `code` field when re-authenticating inside a session (`missing: 'field'`).
 */
export async function checkSecondFactor(
  deps: SecondFactorDeps,
  userId: UserId,
  proof: SecondFactorProof,
  missing: 'sign-in' | 'field',
): Promise<Result<'verified' | 'none', DomainError>> {
  const factor = await deps.secondFactor.factors.find(userId);
  if (!factor?.confirmedAt) return ok('none');
  const now = deps.clock.now();
  if (proof.code !== undefined && proof.code !== '') {
    const step = matchingTotpStep(factor.secret, proof.code.trim(), now);
    if (step === undefined || !(await deps.secondFactor.factors.useStep(userId, step))) return err(WRONG_CODE);
    return ok('verified');
  }
  if (proof.recoveryCode !== undefined && proof.recoveryCode !== '') {
    const digest = deps.digest.digest(normaliseRecoveryCode(proof.recoveryCode));
    if (!(await deps.secondFactor.factors.useRecoveryCode(userId, digest, now))) {
      return err(domainError('AUTH.INVALID_CREDENTIALS', 'The recovery code is not correct, or was already used.'));
    }
    return ok('verified');
  }
  return err(
    missing === 'sign-in'
      ? domainError('AUTH.SECOND_FACTOR_REQUIRED', 'Enter the 6-digit code from your authenticator app.', {
          field: 'code',
        })
      : invalidField(
          'code',
          'is required: your account has a second factor; give the current 6-digit code',
          'codeRequired',
        ),
  );
}

/** Recovery codes are compared without case, spaces or dashes: "K3J9D X7Q2M" is "k3j9d-x7q2m". */
export function normaliseRecoveryCode(code: string): string {
  return code.toLowerCase().replace(/[\s-]/g, '');
}

/** The caller's current password, checked again before a sensitive change (ASVS V2.1.x, V3.7.1). */
export async function verifyCurrentPassword(
  deps: SecondFactorDeps,
  userId: UserId,
  password: string | undefined,
): Promise<Result<UserWithSecret, DomainError>> {
  if (password === undefined || password === '') {
    return err(invalidField('password', 'is required: give your current password', 'passwordRequired'));
  }
  const user = await deps.users.findById(userId);
  const found = user && (await deps.users.findByEmail(user.email));
  if (!found || found.disabled) return err(domainError('USER.NOT_FOUND', 'Your user account no longer exists.'));
  if (!(await deps.passwords.verify(found.passwordHash, password))) {
    return err(domainError('AUTH.INVALID_CREDENTIALS', 'The password is not correct.'));
  }
  return ok(found);
}

function interactiveOnly(principal: Principal): DomainError | undefined {
  return principal.via === 'token'
    ? domainError('AUTH.FORBIDDEN', 'A second factor is managed from a signed-in session, not with an API token.')
    : undefined;
}

/** Step 1: a new secret, shown once, waiting for its first code. Needs the current password. */
export async function startSecondFactorEnrolment(
  deps: SecondFactorDeps,
  principal: Principal,
  input: { password?: string | undefined },
  origin: EventOrigin,
): Promise<Result<{ secret: string; uri: string }, DomainError>> {
  const refused = interactiveOnly(principal);
  if (refused) return err(refused);
  const user = await verifyCurrentPassword(deps, principal.userId, input.password);
  if (!user.ok) return user;
  const secret = deps.secondFactor.random.totpSecret();
  const started = await deps.secondFactor.factors.startEnrolment({
    userId: principal.userId,
    secret,
    createdAt: deps.clock.now(),
  });
  if (started === 'active') return err(alreadyEnabled());
  await recordSecurityEvent(deps, principal, 'second-factor.enrolment-started', user.value, origin);
  return ok({
    secret,
    uri: totpUri({ secretBase32: secret, issuer: deps.secondFactor.issuer, account: user.value.email }),
  });
}

/** Step 2: the first code activates the factor; answers the recovery codes, shown once (only digests are kept). */
export async function confirmSecondFactorEnrolment(
  deps: SecondFactorDeps,
  principal: Principal,
  input: { code: string },
  origin: EventOrigin,
): Promise<Result<{ recoveryCodes: string[] }, DomainError>> {
  const refused = interactiveOnly(principal);
  if (refused) return err(refused);
  const factor = await deps.secondFactor.factors.find(principal.userId);
  if (!factor) return err(notEnrolled());
  if (factor.confirmedAt) return err(alreadyEnabled());
  const now = deps.clock.now();
  const step = matchingTotpStep(factor.secret, input.code.trim(), now);
  if (step === undefined)
    return err(invalidField('code', 'is not the current 6-digit code of the authenticator app', 'wrongCode'));
  const recoveryCodes = Array.from({ length: RECOVERY_CODE_COUNT }, () => deps.secondFactor.random.recoveryCode());
  const digests = recoveryCodes.map((code) => deps.digest.digest(normaliseRecoveryCode(code)));
  if (!(await deps.secondFactor.factors.confirm(principal.userId, step, now, digests))) return err(notEnrolled());
  await recordSecurityEvent(deps, principal, 'second-factor.enabled', ownAccount(principal), origin, {
    recoveryCodes: RECOVERY_CODE_COUNT,
  });
  return ok({ recoveryCodes });
}

/** Turns the factor off (password and a current code); not for roles that require one. */
export async function disableSecondFactor(
  deps: SecondFactorDeps,
  principal: Principal,
  input: { password?: string | undefined } & SecondFactorProof,
  origin: EventOrigin,
): Promise<Result<void, DomainError>> {
  const refused = interactiveOnly(principal);
  if (refused) return err(refused);
  if (requiresSecondFactor(principal.role)) {
    return err(domainError('AUTH.FORBIDDEN', `Your role (${principal.role}) must keep a second factor.`));
  }
  const user = await verifyCurrentPassword(deps, principal.userId, input.password);
  if (!user.ok) return user;
  const checked = await checkSecondFactor(deps, principal.userId, input, 'field');
  if (!checked.ok) return checked;
  if (checked.value === 'none') return err(notEnrolled());
  await deps.secondFactor.factors.remove(principal.userId, { endSessions: false });
  await recordSecurityEvent(deps, principal, 'second-factor.disabled', ownAccount(principal), origin);
  return ok(undefined);
}

/**
 * An admin removes a user's second factor (a lost phone) and ends that user's sessions; the user
 * enrols again at the next sign-in. `actor` is undefined for an operator at the CLI.
 */
export async function resetSecondFactor(
  deps: SecondFactorDeps,
  actor: Principal | undefined,
  userId: UserId,
  origin: EventOrigin,
): Promise<Result<{ user: User; hadFactor: boolean }, DomainError>> {
  if (actor && !can(actor.role, 'user:manage')) {
    return err(domainError('AUTH.FORBIDDEN', "Your role may not reset another user's second factor."));
  }
  const user = await deps.users.findById(userId);
  // Another agency's user is reported as missing: ids of other tenants are not confirmed.
  if (!user || (actor && actor.agencyId !== user.agencyId)) {
    return err(domainError('USER.NOT_FOUND', 'No user with this id in your agency.'));
  }
  const factor = await deps.secondFactor.factors.find(userId);
  await deps.secondFactor.factors.remove(userId, { endSessions: true });
  await recordSecurityEvent(deps, actor, 'second-factor.reset', user, origin, { hadFactor: factor !== undefined });
  return ok({ user, hadFactor: factor !== undefined });
}

/**
 * Gives a user a confirmed factor with a known secret and no recovery codes. Only for the synthetic
 * demo's users, whose secret is printed on start so that every demo role can sign in.
 */
export async function installKnownSecondFactor(
  deps: SecondFactorDeps,
  userId: UserId,
  secret: string,
): Promise<Result<'installed' | 'present', DomainError>> {
  if (!isTotpSecret(secret)) return err(invalidField('secret', 'must be base32 of at least 128 bits', 'totpSecret'));
  const now = deps.clock.now();
  const started = await deps.secondFactor.factors.startEnrolment({ userId, secret, createdAt: now });
  if (started === 'active') return ok('present');
  await deps.secondFactor.factors.confirm(userId, null, now, []);
  return ok('installed');
}

const ownAccount = (principal: Principal) => ({ id: principal.userId, agencyId: principal.agencyId });

function alreadyEnabled(): DomainError {
  return domainError('AUTH.SECOND_FACTOR_ALREADY_ENABLED', 'A second factor is already active for your account.');
}

function notEnrolled(): DomainError {
  return domainError(
    'AUTH.SECOND_FACTOR_NOT_ENROLLED',
    'There is no second-factor enrolment waiting for a code: start one first (enrol).',
  );
}
