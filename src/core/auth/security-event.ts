import type { AgencyId, UserId } from '../shared/ids.js';
import type { Clock, IdGenerator } from '../shared/ports.js';
import type { Principal } from './principal.js';
import type { SecurityEvent, SecurityEventKind, SecurityEventLog } from './security-event.ports.js';

/** Where a request that changes an account or credential comes from (recorded in its security event). */
export interface EventOrigin {
  /** The client's address; null for the CLI on the server. */
  readonly address: string | null;
}

export interface SecurityEventDeps {
  readonly securityEvents: SecurityEventLog;
  readonly ids: IdGenerator;
  readonly clock: Clock;
}

/**
 * A security event done by `actor` (undefined: an operator at the server's CLI) to `user`'s account.
 * `details` say what changed, never a secret or personal data.
 */
export function securityEvent(
  deps: Omit<SecurityEventDeps, 'securityEvents'>,
  actor: Principal | undefined,
  kind: SecurityEventKind,
  user: { readonly id: UserId; readonly agencyId: AgencyId } | undefined,
  origin: EventOrigin,
  details: SecurityEvent['details'] = {},
): SecurityEvent {
  return {
    id: deps.ids.uuid(),
    occurredAt: deps.clock.now(),
    kind,
    agencyId: user?.agencyId ?? null,
    userId: user?.id ?? null,
    actorId: actor?.userId ?? null,
    emailDigest: null,
    address: origin.address,
    details: { ...details, via: actor ? actor.via : 'cli' },
  };
}

/** Appends `securityEvent(...)` to the log. */
export function recordSecurityEvent(
  deps: SecurityEventDeps,
  actor: Principal | undefined,
  kind: SecurityEventKind,
  user: { readonly id: UserId; readonly agencyId: AgencyId } | undefined,
  origin: EventOrigin,
  details: SecurityEvent['details'] = {},
): Promise<void> {
  return deps.securityEvents.append(securityEvent(deps, actor, kind, user, origin, details));
}
