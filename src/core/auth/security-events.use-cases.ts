import type { DomainError } from '../shared/errors.js';
import type { AgencyId, UserId } from '../shared/ids.js';
import { err, ok, type Result } from '../shared/result.js';
import { validateTextInput } from '../shared/validate-input.js';
import { forbidden } from './auth.use-cases.js';
import type { Principal } from './principal.js';
import { can } from './roles.js';
import type { SecurityEventKind, SecurityEventLog, SecurityEventView } from './security-event.ports.js';
import { SECURITY_EVENT_PAGE, SecurityEventQuerySchema } from './security-event.schema.js';
import { logWindow } from '../shared/log-window.js';

export { SECURITY_EVENT_PAGE, type SecurityEventQuery } from './security-event.schema.js';

/**
 * The security events of the caller's agency, newest first (CJIS Security Policy 5.4, audit and
 * accountability): admins and auditors only. `actor` undefined is an operator on the server (CLI),
 * who may read one agency (`agencyId`) or every event, including those of no agency (attempts on
 * unknown emails, address locks). `raw` is the query as the client wrote it (HTTP query string or
 * CLI options as text), checked against the schema of `GET /security-events`.
 */
export async function listSecurityEvents(
  deps: { readonly securityEvents: SecurityEventLog },
  actor: Principal | undefined,
  raw: Readonly<Record<string, unknown>>,
  operatorAgencyId?: AgencyId,
): Promise<Result<{ events: SecurityEventView[]; total: number; limit: number; offset: number }, DomainError>> {
  if (actor && !can(actor.role, 'security-event:read')) return err(forbidden('read security events'));
  const checked = validateTextInput(SecurityEventQuerySchema, raw, { root: 'query' });
  if (!checked.ok) return checked;
  const query = checked.value;
  const window = logWindow(query, SECURITY_EVENT_PAGE.default);
  if (!window.ok) return window;
  const agencyId = actor ? actor.agencyId : operatorAgencyId;
  const page = await deps.securityEvents.list({
    ...(agencyId ? { agencyId } : {}),
    ...(query.kind ? { kind: query.kind as SecurityEventKind } : {}),
    ...(query.userId ? { userId: query.userId as UserId } : {}),
    ...window.value,
  });
  return ok({ ...page, limit: window.value.limit, offset: window.value.offset });
}
