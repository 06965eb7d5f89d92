import { domainError, type DomainError } from '../shared/errors.js';
import { err, ok, type Result } from '../shared/result.js';
import { principalOf } from './auth.use-cases.js';
import type { Principal } from './principal.js';
import type { SecurityDeps, SessionRecord } from './security.ports.js';

/** Last use is written at most this often, so that a busy session does not write on every request. */
export const SESSION_TOUCH_INTERVAL_MS = 60_000;

/** Whether a session is still usable at `now`: not expired, and used within the idle timeout. */
export function sessionIsLive(session: SessionRecord, idleMs: number, now: Date): boolean {
  const at = now.getTime();
  return session.expiresAt.getTime() > at && at - session.lastSeenAt.getTime() < idleMs;
}

/**
 * The caller of a session cookie, or undefined. A session unused for the idle timeout
 * (SESSION_IDLE_MINUTES) ends, and is deleted; a live one records its use (at most once a minute).
 */
export async function authenticateSession(deps: SecurityDeps, sessionSecret: string): Promise<Principal | undefined> {
  const found = await deps.sessionStore.find(deps.digest.digest(sessionSecret));
  if (!found) return undefined;
  const now = deps.clock.now();
  if (!sessionIsLive(found.session, deps.sessionIdleMs, now)) {
    await deps.sessionStore.deleteForUser(found.user.id, found.session.id);
    return undefined;
  }
  if (found.user.disabled) return undefined;
  if (now.getTime() - found.session.lastSeenAt.getTime() >= SESSION_TOUCH_INTERVAL_MS) {
    await deps.sessionStore.touch(found.session.id, now);
  }
  return principalOf(found.user, 'session');
}

export interface SessionView {
  readonly id: string;
  readonly createdAt: Date;
  readonly lastSeenAt: Date;
  readonly expiresAt: Date;
  readonly userAgent: string | null;
  readonly current: boolean;
}

/** The caller's own live sessions, newest first; `current` marks the one the request came with. */
export async function listOwnSessions(
  deps: SecurityDeps,
  principal: Principal,
  currentSecret: string | undefined,
): Promise<SessionView[]> {
  const now = deps.clock.now();
  const currentId = await currentSessionId(deps, currentSecret);
  return (await deps.sessionStore.listForUser(principal.userId))
    .filter((s) => sessionIsLive(s, deps.sessionIdleMs, now))
    .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())
    .map((s) => ({
      id: s.id,
      createdAt: s.createdAt,
      lastSeenAt: s.lastSeenAt,
      expiresAt: s.expiresAt,
      userAgent: s.userAgent,
      current: s.id === currentId,
    }));
}

/** Ends one of the caller's sessions (another user's session id is not found). */
export async function revokeOwnSession(
  deps: SecurityDeps,
  principal: Principal,
  id: string,
  address: string | null,
): Promise<Result<void, DomainError>> {
  if (!(await deps.sessionStore.deleteForUser(principal.userId, id))) {
    return err(domainError('SESSION.NOT_FOUND', 'You have no session with this id.'));
  }
  await recordRevocation(deps, principal, address, 1);
  return ok(undefined);
}

/** Ends every session of the caller except the one the request came with; returns how many. */
export async function revokeOtherSessions(
  deps: SecurityDeps,
  principal: Principal,
  currentSecret: string | undefined,
  address: string | null,
): Promise<number> {
  const currentId = await currentSessionId(deps, currentSecret);
  const revoked = await deps.sessionStore.deleteAllForUser(principal.userId, currentId);
  if (revoked > 0) await recordRevocation(deps, principal, address, revoked);
  return revoked;
}

async function currentSessionId(deps: SecurityDeps, secret: string | undefined): Promise<string | undefined> {
  return secret ? (await deps.sessionStore.find(deps.digest.digest(secret)))?.session.id : undefined;
}

function recordRevocation(deps: SecurityDeps, principal: Principal, address: string | null, sessions: number) {
  return deps.securityEvents.append({
    id: deps.ids.uuid(),
    occurredAt: deps.clock.now(),
    kind: 'session.revoked',
    agencyId: principal.agencyId,
    userId: principal.userId,
    actorId: null,
    emailDigest: null,
    address,
    details: { sessions },
  });
}
