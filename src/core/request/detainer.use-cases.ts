import type { Principal } from '../auth/principal.js';
import { can } from '../auth/roles.js';
import { forbidden } from '../auth/auth.use-cases.js';
import { domainError, type DomainError } from '../shared/errors.js';
import { isUuid, type DetainerId, type FacilityId, type SubjectId } from '../shared/ids.js';
import type { Clock, IdGenerator } from '../shared/ports.js';
import { err, ok, type Result } from '../shared/result.js';
import type { DetainerRequest } from './detainer-request.js';
import type { DetainerPage, DetainerRepository } from './detainer-repository.port.js';
import { validateNewDetainer, type NewDetainerInput } from './new-detainer.js';

export interface DetainerDeps {
  readonly detainers: DetainerRepository;
  readonly clock: Clock;
  readonly ids: IdGenerator;
}

export const MAX_PAGE_SIZE = 200;

export async function receiveDetainer(
  deps: DetainerDeps,
  principal: Principal,
  input: NewDetainerInput,
): Promise<Result<DetainerRequest, DomainError>> {
  if (!can(principal.role, 'detainer:create')) return err(forbidden('log detainer requests'));
  const now = deps.clock.now();
  const valid = validateNewDetainer(input, now);
  if (!valid.ok) return valid;
  const { facilityId, subject, ...request } = valid.value;
  if (facilityId !== null && !(await facilityOfAgency(deps, principal, facilityId))) {
    return err(
      domainError('FACILITY.NOT_FOUND', 'No facility with this id belongs to your agency.', { field: 'facilityId' }),
    );
  }
  const detainer: DetainerRequest = {
    ...request,
    id: deps.ids.uuid() as DetainerId,
    agencyId: principal.agencyId,
    facilityId: facilityId as FacilityId | null,
    subject: { ...subject, id: deps.ids.uuid() as SubjectId },
    submittedBy: principal.userId,
    createdAt: now,
  };
  const outcome = await deps.detainers.insert(detainer);
  if (outcome === 'duplicate-reference') {
    return err(
      domainError('DETAINER.DUPLICATE_REFERENCE', 'A request with this federal reference is already logged.', {
        field: 'federalReference',
      }),
    );
  }
  // The repository may have attached an existing subject with the same reference.
  const stored = await deps.detainers.findById(principal.agencyId, detainer.id);
  return ok(stored ?? detainer);
}

export async function getDetainer(
  deps: DetainerDeps,
  principal: Principal,
  id: string,
): Promise<Result<DetainerRequest, DomainError>> {
  const notFound = err(domainError('DETAINER.NOT_FOUND', 'No detainer request with this id in your agency.'));
  if (!canReadAny(principal)) return err(forbidden('read detainer requests'));
  if (!isUuid(id)) return notFound;
  const found = await deps.detainers.findById(principal.agencyId, id as DetainerId);
  if (!found) return notFound;
  // A liaison asking for a request it did not submit learns nothing, not even that it exists.
  if (!can(principal.role, 'detainer:read') && found.submittedBy !== principal.userId) return notFound;
  return ok(found);
}

export async function listDetainers(
  deps: DetainerDeps,
  principal: Principal,
  page: { limit: number; offset: number },
): Promise<Result<DetainerPage, DomainError>> {
  if (!canReadAny(principal)) return err(forbidden('read detainer requests'));
  const limit = Math.min(Math.max(1, Math.trunc(page.limit)), MAX_PAGE_SIZE);
  const offset = Math.max(0, Math.trunc(page.offset));
  const submittedBy = can(principal.role, 'detainer:read') ? {} : { submittedBy: principal.userId };
  return ok(await deps.detainers.list({ agencyId: principal.agencyId, limit, offset, ...submittedBy }));
}

function canReadAny(principal: Principal): boolean {
  return can(principal.role, 'detainer:read') || can(principal.role, 'detainer:read-submitted');
}

async function facilityOfAgency(deps: DetainerDeps, principal: Principal, facilityId: string): Promise<boolean> {
  return isUuid(facilityId) && deps.detainers.facilityBelongsTo(principal.agencyId, facilityId as FacilityId);
}
