import { domainError, type DomainError } from '../shared/errors.js';
import type { AgencyId, UserId } from '../shared/ids.js';
import { err, ok, type Result } from '../shared/result.js';
import { signIn } from './auth.use-cases.js';
import type { SecurityEvent, SecurityEventKind } from './security-event.ports.js';
import type { SecurityDeps, ThrottleKey } from './security.ports.js';
import { admit, forgive, retryAfterSeconds, withdraw } from './sign-in-throttle.js';
import { summariseUserAgent } from './user-agent.js';
import { normaliseEmail, type User } from './user.js';

/** Where a sign-in attempt comes from: the client address (behind TRUST_PROXY, the forwarded one). */
export interface SignInOrigin {
  readonly address: string;
  readonly userAgent?: string | undefined;
}

/** The digest of a normalised email: the throttle key and audit record of an email, known or not. */
export function emailDigest(deps: Pick<SecurityDeps, 'digest'>, email: string): string {
  return deps.digest.digest(`sign-in-email:${normaliseEmail(email)}`);
}

export const accountKey = (digest: string): ThrottleKey => ({ key: `account:${digest}`, scope: 'account' });
export const addressKey = (address: string): ThrottleKey => ({ key: `address:${address}`, scope: 'address' });

type Admitted = { readonly kind: 'admitted'; readonly accountLocks: boolean; readonly addressLocks: boolean };
type Refused = { readonly kind: 'refused'; readonly retryAfterMs: number; readonly reason: string };

const TEMPORARILY_LOCKED = 'Too many sign-in attempts. Wait before trying again.';

/**
 * Sign-in with brute-force defence: the attempt is counted against the email's account key and the
 * address before the password is checked; a locked or waiting key refuses it (AUTH.TEMPORARILY_LOCKED,
 * with the seconds to wait) even with the right password. Unknown and known emails go through the
 * same steps, queries and answers; only the audit record knows the difference. The password check
 * itself, and its equal timing for unknown emails, is `signIn`.
 */
export async function guardedSignIn(
  deps: SecurityDeps,
  input: Parameters<typeof signIn>[1],
  origin: SignInOrigin,
): Promise<Result<{ sessionSecret: string; user: User; expiresAt: Date }, DomainError>> {
  const now = deps.clock.now();
  const digest = emailDigest(deps, input.email);
  const account = accountKey(digest);
  const address = addressKey(origin.address);
  // Who the email belongs to, for the audit record only; looked up for every email alike.
  const owner = await deps.users.findByEmail(normaliseEmail(input.email));
  const record = (kind: SecurityEventKind, details: SecurityEvent['details'] = {}) =>
    deps.securityEvents.append({
      id: deps.ids.uuid(),
      occurredAt: now,
      kind,
      agencyId: (owner?.agencyId ?? null) as AgencyId | null,
      userId: (owner?.id ?? null) as UserId | null,
      actorId: null,
      emailDigest: digest,
      address: origin.address,
      details,
    });

  const admission = await deps.throttles.update<Admitted | Refused>([account, address], (current) => {
    const byAccount = admit(current.get(account.key), deps.throttlePolicies.account, now);
    const byAddress = admit(current.get(address.key), deps.throttlePolicies.address, now);
    if (byAccount.kind === 'refused' || byAddress.kind === 'refused') {
      const refusals = [byAccount, byAddress].flatMap((a) => (a.kind === 'refused' ? [a] : []));
      const retryAfterMs = Math.max(...refusals.map((r) => r.retryAfterMs));
      const reason = byAccount.kind === 'refused' ? `account-${byAccount.reason}` : `address-${refusals[0]!.reason}`;
      return { writes: [], result: { kind: 'refused', retryAfterMs, reason } };
    }
    return {
      writes: [
        { ...account, state: byAccount.next },
        { ...address, state: byAddress.next },
      ],
      result: { kind: 'admitted', accountLocks: byAccount.locks, addressLocks: byAddress.locks },
    };
  });

  if (admission.kind === 'refused') {
    const retryAfter = retryAfterSeconds(admission.retryAfterMs);
    await record('sign-in.refused', { reason: admission.reason, retryAfterSeconds: retryAfter });
    return err(domainError('AUTH.TEMPORARILY_LOCKED', TEMPORARILY_LOCKED, { retryAfterSeconds: retryAfter }));
  }

  const outcome = await signIn(deps, input);
  if (!outcome.ok && outcome.error.code === 'AUTH.SECOND_FACTOR_REQUIRED') {
    await deps.throttles.update([account, address], (current) => ({
      writes: [
        { ...account, state: withdraw(current.get(account.key), deps.throttlePolicies.account) },
        { ...address, state: withdraw(current.get(address.key), deps.throttlePolicies.address) },
      ],
      result: undefined,
    }));
    await record('sign-in.second-factor-asked');
    return outcome;
  }
  if (!outcome.ok) {
    await record('sign-in.failed', { reason: outcome.error.code });
    if (admission.accountLocks) {
      await record('account.locked', { lockedForSeconds: deps.throttlePolicies.account.lockMs / 1000 });
    }
    if (admission.addressLocks) {
      await record('address.locked', { lockedForSeconds: deps.throttlePolicies.address.lockMs / 1000 });
    }
    return outcome;
  }

  await deps.throttles.update([account, address], (current) => ({
    writes: [
      { ...account, state: forgive(current.get(account.key), 'account', deps.throttlePolicies.account) },
      { ...address, state: forgive(current.get(address.key), 'address', deps.throttlePolicies.address) },
    ],
    result: undefined,
  }));
  await deps.accounts.recordSignIn(outcome.value.user.id, now);
  const client = summariseUserAgent(origin.userAgent);
  if (client) await deps.sessionStore.describe(deps.digest.digest(outcome.value.sessionSecret), client);
  await record('sign-in.succeeded');
  return ok(outcome.value);
}
