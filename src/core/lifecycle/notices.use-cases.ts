import { forbidden } from '../auth/auth.use-cases.js';
import type { Principal } from '../auth/principal.js';
import { can } from '../auth/roles.js';
import { getDetainer } from '../request/detainer.use-cases.js';
import { domainError, type DomainError } from '../shared/errors.js';
import { isUuid } from '../shared/ids.js';
import { err, ok, type Result } from '../shared/result.js';
import type { StoredNotice } from './lifecycle.ports.js';
import type { LifecycleDeps } from './lifecycle.use-cases.js';

/** The file name a notice is offered under: its kind and language, nothing personal. */
export function noticeFileName(notice: Pick<StoredNotice, 'kind' | 'language'>): string {
  return `${notice.kind}-${notice.language}.pdf`;
}

/**
 * A notice served on a detainer, as the PDF that was served. A notice names the person, so only
 * roles that read the agency's detainers may fetch it, and the read is recorded.
 */
export async function readNotice(
  deps: LifecycleDeps,
  principal: Principal,
  detainerId: string,
  noticeId: string,
): Promise<Result<StoredNotice, DomainError>> {
  if (!can(principal.role, 'detainer:read')) return err(forbidden('read notices'));
  const found = await getDetainer(deps, principal, detainerId);
  if (!found.ok) return found;
  const request = found.value;
  const notice = isUuid(noticeId) ? await deps.events.notice(request.agencyId, request.id, noticeId) : undefined;
  if (!notice) return err(domainError('NOTICE.NOT_FOUND', 'No notice with this id was served on this detainer.'));
  await deps.reads.record({
    agencyId: request.agencyId,
    userId: principal.userId,
    detainerId: request.id,
    at: deps.clock.now(),
    purpose: 'notice',
    channel: principal.via,
  });
  return ok(notice);
}
