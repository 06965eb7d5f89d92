import { domainError, invalidField, type DomainError } from '../shared/errors.js';
import type { UserId } from '../shared/ids.js';
import { err, ok, type Result } from '../shared/result.js';
import { validateInput } from '../shared/validate-input.js';
import { addUser, forbidden, type AddUserInput } from './auth.use-cases.js';
import type { Principal } from './principal.js';
import { AccountChangeSchema, PasswordSchema } from './account.schema.js';
import { can, type Role } from './roles.js';
import type { SecurityEvent, SecurityEventKind } from './security-event.ports.js';
import { recordSecurityEvent, securityEvent, type EventOrigin } from './security-event.js';
import type { AccountChange, AccountChangeOutcome, SecurityDeps, UserAccount } from './security.ports.js';
import { accountKey, emailDigest } from './sign-in-guard.use-cases.js';
import { lockedUntil } from './sign-in-throttle.js';
import { displayNameProblem, MIN_PASSWORD_LENGTH, normaliseEmail } from './user.js';

/**
 * Account administration (CJIS Security Policy 5.5.1, account management): an agency's admins
 * list, add, change, disable, enable and unlock its users and set their passwords. `actor` is the
 * admin, or undefined when an operator runs the CLI on the server itself. Another agency's user is
 * not found (404), never forbidden, so that ids do not reveal other agencies' accounts. An agency
 * always keeps at least one enabled admin (USER.LAST_ADMIN).
 */

export interface AccountView extends UserAccount {
  /** Sign-in is refused until then (too many failed attempts), or null. */
  readonly lockedUntil: Date | null;
}

const NOT_FOUND = domainError('USER.NOT_FOUND', 'No user with this id in your agency.');
const LAST_ADMIN = domainError(
  'USER.LAST_ADMIN',
  'This change would leave the agency without an enabled admin; make another user admin first.',
);

export async function listAccounts(deps: SecurityDeps, actor: Principal): Promise<Result<AccountView[], DomainError>> {
  if (!can(actor.role, 'user:manage')) return err(forbidden('manage users'));
  const accounts = await deps.accounts.listAccounts(actor.agencyId);
  const keys = accounts.map((a) => accountKey(emailDigest(deps, a.email)).key);
  const states = await deps.throttles.read(keys);
  const now = deps.clock.now();
  return ok(accounts.map((a, i) => ({ ...a, lockedUntil: lockedUntil(states.get(keys[i]!), now) })));
}

export async function viewAccount(
  deps: SecurityDeps,
  actor: Principal | undefined,
  id: UserId,
): Promise<Result<AccountView, DomainError>> {
  const found = await administered(deps, actor, id);
  if (!found.ok) return found;
  const key = accountKey(emailDigest(deps, found.value.email)).key;
  const state = (await deps.throttles.read([key])).get(key);
  return ok({ ...found.value, lockedUntil: lockedUntil(state, deps.clock.now()) });
}

/** Adds a user to the actor's agency (the existing addUser rules) and records it. */
export async function addAccount(
  deps: SecurityDeps,
  actor: Principal,
  input: Omit<AddUserInput, 'agencyId'>,
  origin: EventOrigin,
): Promise<Result<AccountView, DomainError>> {
  const added = await addUser(deps, actor, { ...input, agencyId: actor.agencyId });
  if (!added.ok) return added;
  await recordSecurityEvent(deps, actor, 'user.added', added.value, origin, { role: added.value.role });
  return viewAccount(deps, actor, added.value.id);
}

export async function changeAccount(
  deps: SecurityDeps,
  actor: Principal | undefined,
  id: UserId,
  input: { role?: string | undefined; displayName?: string | undefined },
  origin: EventOrigin,
): Promise<Result<AccountView, DomainError>> {
  return administer(deps, actor, id, origin, async (account) => {
    const checked = validateInput(AccountChangeSchema, input);
    if (!checked.ok) return checked;
    const change: { -readonly [K in keyof AccountChange]: AccountChange[K] } = {};
    if (checked.value.role !== undefined) change.role = checked.value.role as Role;
    if (checked.value.displayName !== undefined) {
      const displayName = checked.value.displayName.trim();
      const nameProblem = displayNameProblem(displayName);
      if (nameProblem) return err(nameProblem);
      change.displayName = displayName;
    }
    const outcome = await deps.accounts.change(id, change, deps.clock.now());
    if (outcome !== 'changed') return failure(outcome);
    return recorded('user.changed', {
      ...(change.role && change.role !== account.role ? { previousRole: account.role, role: change.role } : {}),
      ...(change.displayName !== undefined ? { displayNameChanged: true } : {}),
    });
  });
}

/** Disables a user: sign-in is refused, and their sessions and API tokens end at once. */
export async function disableAccount(
  deps: SecurityDeps,
  actor: Principal | undefined,
  id: UserId,
  origin: EventOrigin,
): Promise<Result<AccountView, DomainError>> {
  return setDisabled(deps, actor, id, true, origin);
}

export async function enableAccount(
  deps: SecurityDeps,
  actor: Principal | undefined,
  id: UserId,
  origin: EventOrigin,
): Promise<Result<AccountView, DomainError>> {
  return setDisabled(deps, actor, id, false, origin);
}

function setDisabled(
  deps: SecurityDeps,
  actor: Principal | undefined,
  id: UserId,
  disabled: boolean,
  origin: EventOrigin,
): Promise<Result<AccountView, DomainError>> {
  return administer(deps, actor, id, origin, async (account) => {
    if (account.disabled === disabled) return ok(undefined);
    const outcome = await deps.accounts.change(id, { disabled }, deps.clock.now());
    if (outcome !== 'changed') return failure(outcome);
    return recorded(disabled ? 'user.disabled' : 'user.enabled');
  });
}

/** Lifts the sign-in lock of a user's account (not of an address). */
export async function unlockAccount(
  deps: SecurityDeps,
  actor: Principal | undefined,
  id: UserId,
  origin: EventOrigin,
): Promise<Result<AccountView, DomainError>> {
  return administer(deps, actor, id, origin, async (account) => {
    await unlockKey(deps, accountKey(emailDigest(deps, account.email)));
    return recorded('account.unlocked');
  });
}

/**
 * The CLI's unlock by email: lifts the lock of the email's account key whether or not an account
 * has this email (an operator on the server may clear any key). Returns the account, if any.
 */
export async function unlockEmail(deps: SecurityDeps, email: string): Promise<UserAccount | undefined> {
  const digest = emailDigest(deps, email);
  await unlockKey(deps, accountKey(digest));
  const user = await deps.users.findByEmail(normaliseEmail(email));
  const account = user && (await deps.accounts.findAccount(user.id));
  await deps.securityEvents.append({
    ...securityEvent(deps, undefined, 'account.unlocked', account, { address: null }),
    emailDigest: digest,
  });
  return account;
}

/** An admin sets a new password for a user; the user's sessions end. */
export async function setAccountPassword(
  deps: SecurityDeps,
  actor: Principal | undefined,
  id: UserId,
  password: string,
  origin: EventOrigin,
): Promise<Result<AccountView, DomainError>> {
  return administer(deps, actor, id, origin, async () => {
    const checked = validateInput(PasswordSchema, { password });
    if (!checked.ok) return checked;
    if (password.length < MIN_PASSWORD_LENGTH) {
      return err(
        invalidField('password', `must be at least ${MIN_PASSWORD_LENGTH} characters`, 'minLength', {
          limit: MIN_PASSWORD_LENGTH,
        }),
      );
    }
    const outcome = await deps.accounts.setPasswordHash(id, await deps.passwords.hash(password));
    if (outcome !== 'changed') return err(NOT_FOUND);
    return recorded('user.password-set');
  });
}

/** What an administrative act did, to record: the event's kind and details; undefined when nothing changed. */
type AdminAct = { readonly kind: SecurityEventKind; readonly details: SecurityEvent['details'] } | undefined;

const recorded = (kind: SecurityEventKind, details: SecurityEvent['details'] = {}): Result<AdminAct, never> =>
  ok({ kind, details });

/**
 * One administrative act on a user: found only if the actor may administer them, the act done,
 * its security event recorded, and the account as it is now answered.
 */
async function administer(
  deps: SecurityDeps,
  actor: Principal | undefined,
  id: UserId,
  origin: EventOrigin,
  act: (account: UserAccount) => Promise<Result<AdminAct, DomainError>>,
): Promise<Result<AccountView, DomainError>> {
  const found = await administered(deps, actor, id);
  if (!found.ok) return found;
  const done = await act(found.value);
  if (!done.ok) return done;
  if (done.value) await recordSecurityEvent(deps, actor, done.value.kind, found.value, origin, done.value.details);
  return viewAccount(deps, actor, id);
}

/** The user, if the actor may administer them: admins, own agency only; unknown elsewhere. */
async function administered(
  deps: SecurityDeps,
  actor: Principal | undefined,
  id: UserId,
): Promise<Result<UserAccount, DomainError>> {
  if (actor && !can(actor.role, 'user:manage')) return err(forbidden('manage users'));
  const account = await deps.accounts.findAccount(id);
  if (!account || (actor && account.agencyId !== actor.agencyId)) return err(NOT_FOUND);
  return ok(account);
}

function failure(outcome: Exclude<AccountChangeOutcome, 'changed'>): Result<never, DomainError> {
  return err(outcome === 'no-active-admin' ? LAST_ADMIN : NOT_FOUND);
}

async function unlockKey(deps: SecurityDeps, key: ReturnType<typeof accountKey>): Promise<void> {
  await deps.throttles.update([key], () => ({ writes: [{ ...key, state: undefined }], result: undefined }));
}
