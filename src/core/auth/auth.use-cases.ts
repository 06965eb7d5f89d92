import { domainError, invalidField, type DomainError } from '../shared/errors.js';
import type { AgencyId, UserId } from '../shared/ids.js';
import type { Clock, IdGenerator, SecretGenerator } from '../shared/ports.js';
import { err, ok, type Result } from '../shared/result.js';
import { validateInput } from '../shared/validate-input.js';
import type {
  ApiTokenRepository,
  PasswordHasher,
  SecretDigest,
  SessionRepository,
  UserRepository,
} from './auth.ports.js';
import type { Principal } from './principal.js';
import { NewAccountSchema } from './account.schema.js';
import { can, type Role } from './roles.js';
import type { SecondFactorPorts } from './second-factor.ports.js';
import type { SecurityEventLog } from './security-event.ports.js';
import { checkSecondFactor, type SecondFactorProof } from './second-factor.use-cases.js';
import { displayNameProblem, isValidEmail, MIN_PASSWORD_LENGTH, normaliseEmail, type User } from './user.js';

export interface AuthDeps {
  readonly users: UserRepository;
  readonly sessions: SessionRepository;
  readonly tokens: ApiTokenRepository;
  readonly passwords: PasswordHasher;
  readonly digest: SecretDigest;
  readonly secrets: SecretGenerator;
  readonly ids: IdGenerator;
  readonly clock: Clock;
  readonly sessionTtlMs: number;
  /** TOTP second factors and recovery codes (second-factor.use-cases.ts). */
  readonly secondFactor: SecondFactorPorts;
  /** Token and second-factor changes are security events (CJIS 5.4). */
  readonly securityEvents: SecurityEventLog;
}

/** API tokens carry a recognisable prefix so that leaked ones can be found by secret scanners. */
export const API_TOKEN_PREFIX = 'ddk_';

const INVALID_CREDENTIALS = domainError('AUTH.INVALID_CREDENTIALS', 'The email or password is not correct.');

export function principalOf(user: User, via: Principal['via']): Principal {
  return { userId: user.id, agencyId: user.agencyId, role: user.role, via };
}

export async function signIn(
  deps: AuthDeps,
  input: { email: string; password: string } & SecondFactorProof,
): Promise<Result<{ sessionSecret: string; user: User; expiresAt: Date }, DomainError>> {
  const found = await deps.users.findByEmail(normaliseEmail(input.email));
  if (!found || found.disabled) {
    // Spend the same effort as a real check, so response time does not reveal which emails exist.
    await deps.passwords.verify(DUMMY_HASH, input.password).catch(() => false);
    return err(INVALID_CREDENTIALS);
  }
  if (!(await deps.passwords.verify(found.passwordHash, input.password))) return err(INVALID_CREDENTIALS);
  // Only after a correct password: whether a second factor is needed reveals nothing to a guesser.
  const secondFactor = await checkSecondFactor(deps, found.id, input, 'sign-in');
  if (!secondFactor.ok) return secondFactor;

  const now = deps.clock.now();
  const sessionSecret = deps.secrets.secret();
  const expiresAt = new Date(now.getTime() + deps.sessionTtlMs);
  await deps.sessions.create({
    digest: deps.digest.digest(sessionSecret),
    userId: found.id,
    createdAt: now,
    expiresAt,
  });
  const { passwordHash: _omitted, ...user } = found;
  return ok({ sessionSecret, user, expiresAt });
}

export async function signOut(deps: AuthDeps, sessionSecret: string): Promise<void> {
  await deps.sessions.delete(deps.digest.digest(sessionSecret));
}

export interface AddUserInput {
  readonly agencyId: AgencyId;
  readonly email: string;
  readonly displayName: string;
  readonly role: string;
  readonly password: string;
}

/** Adds a user. `actor` is undefined when an operator runs the CLI on the server itself. */
export async function addUser(
  deps: AuthDeps,
  actor: Principal | undefined,
  input: AddUserInput,
): Promise<Result<User, DomainError>> {
  if (actor && !can(actor.role, 'user:manage')) return err(forbidden('manage users'));
  if (actor && actor.agencyId !== input.agencyId) return err(forbidden('manage users of another agency'));
  const { agencyId: _agencyId, ...account } = input;
  const checked = validateInput(NewAccountSchema, account);
  if (!checked.ok) return checked;
  const email = normaliseEmail(input.email);
  if (!isValidEmail(email)) return err(invalidField('email', 'is not a valid email address', 'form'));
  const displayName = input.displayName.trim();
  const nameProblem = displayNameProblem(displayName);
  if (nameProblem) return err(nameProblem);
  if (input.password.length < MIN_PASSWORD_LENGTH) {
    return err(
      invalidField('password', `must be at least ${MIN_PASSWORD_LENGTH} characters`, 'minLength', {
        limit: MIN_PASSWORD_LENGTH,
      }),
    );
  }
  const user = {
    id: deps.ids.uuid() as UserId,
    agencyId: input.agencyId,
    email,
    displayName,
    role: checked.value.role as Role,
    createdAt: deps.clock.now(),
  };
  const outcome = await deps.users.insert({ ...user, passwordHash: await deps.passwords.hash(input.password) });
  if (outcome === 'email-taken')
    return err(domainError('USER.ALREADY_EXISTS', 'A user with this email already exists.'));
  return ok({ ...user, disabled: false });
}

export function forbidden(what: string): DomainError {
  return domainError('AUTH.FORBIDDEN', `Your role may not ${what}.`);
}

// An argon2id hash of a random string, used only to equalise timing for unknown emails.
const DUMMY_HASH = '$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$EBYYUD0+p4cd1759adWbdDWyU18D4iTq0KSyujp9Yfo';
