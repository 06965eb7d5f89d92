import { invalidField, type DomainError } from '../shared/errors.js';
import type { AgencyId, UserId } from '../shared/ids.js';
import { err, ok, type Result } from '../shared/result.js';
import { forbidden } from './auth.use-cases.js';
import type { Principal } from './principal.js';
import { can } from './roles.js';
import {
  SECURITY_EVENT_KINDS,
  type SecurityDeps,
  type SecurityEventKind,
  type SecurityEventView,
} from './security.ports.js';

export interface SecurityEventQuery {
  readonly kind?: string | undefined;
  readonly userId?: string | undefined;
  readonly from?: Date | undefined;
  readonly to?: Date | undefined;
  readonly limit?: number | undefined;
  readonly offset?: number | undefined;
}

export const SECURITY_EVENT_PAGE = { default: 100, max: 500 } as const;

/**
 * The security events of the caller's agency, newest first (CJIS Security Policy 5.4, audit and
 * accountability): admins and auditors only. `actor` undefined is an operator on the server (CLI),
 * who may read one agency (`agencyId`) or every event, including those of no agency (attempts on
 * unknown emails, address locks).
 */
export async function listSecurityEvents(
  deps: Pick<SecurityDeps, 'securityEvents'>,
  actor: Principal | undefined,
  query: SecurityEventQuery & { agencyId?: AgencyId | undefined },
): Promise<Result<{ events: SecurityEventView[]; total: number; limit: number; offset: number }, DomainError>> {
  if (actor && !can(actor.role, 'security-event:read')) return err(forbidden('read security events'));
  if (query.kind !== undefined && !(SECURITY_EVENT_KINDS as readonly string[]).includes(query.kind)) {
    return err(invalidField('kind', `must be one of ${SECURITY_EVENT_KINDS.join(', ')}`));
  }
  if (query.from && query.to && query.from.getTime() > query.to.getTime()) {
    return err(invalidField('from', 'must not be after to'));
  }
  const limit = query.limit ?? SECURITY_EVENT_PAGE.default;
  if (!Number.isInteger(limit) || limit < 1 || limit > SECURITY_EVENT_PAGE.max) {
    return err(invalidField('limit', `must be a whole number from 1 to ${SECURITY_EVENT_PAGE.max}`));
  }
  const offset = query.offset ?? 0;
  if (!Number.isInteger(offset) || offset < 0) return err(invalidField('offset', 'must be a whole number from 0'));
  const agencyId = actor ? actor.agencyId : query.agencyId;
  const page = await deps.securityEvents.list({
    ...(agencyId ? { agencyId } : {}),
    ...(query.kind ? { kind: query.kind as SecurityEventKind } : {}),
    ...(query.userId ? { userId: query.userId as UserId } : {}),
    ...(query.from ? { from: query.from } : {}),
    ...(query.to ? { to: query.to } : {}),
    limit,
    offset,
  });
  return ok({ ...page, limit, offset });
}
