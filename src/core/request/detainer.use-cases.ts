import type { Principal } from '../auth/principal.js';
import { can } from '../auth/roles.js';
import { forbidden } from '../auth/auth.use-cases.js';
import { domainError, type DomainError } from '../shared/errors.js';
import { isUuid, type DetainerId, type FacilityId, type SubjectId } from '../shared/ids.js';
import type { Clock, IdGenerator, Scheduler } from '../shared/ports.js';
import { err, ok, type Result } from '../shared/result.js';
import type { AgencyRepository } from '../agency/agency-repository.port.js';
import { decideDetainer } from '../lifecycle/decide.js';
import { foldDetainer } from '../lifecycle/detainer-state.js';
import type { DetainerEventPayload } from '../lifecycle/detainer-event.js';
import { projectionOf } from '../lifecycle/projection.js';
import type { EngineContext } from '../policy/evaluate.js';
import type { DetainerRequest, Subject } from './detainer-request.js';
import type { DetainerListFilters, DetainerPage, DetainerRepository } from './detainer-repository.port.js';
import { validateNewDetainer, type NewDetainerInput } from './new-detainer.js';

export interface DetainerDeps {
  readonly detainers: DetainerRepository;
  readonly agencies: AgencyRepository;
  readonly law: EngineContext;
  readonly clock: Clock;
  readonly ids: IdGenerator;
  /** Lets other requests run between slices of a long check (bulk intake); absent, the check runs straight through. */
  readonly scheduler?: Scheduler;
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
  const { facilityId, subject, document, facts, ...request } = valid.value;
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
  const agency = await deps.agencies.findById(principal.agencyId);
  if (!agency) return err(domainError('AGENCY.NOT_FOUND', 'Your agency no longer exists.'));
  // The request's life starts with two events: it was received, and the law in force was asked.
  // Facts known at intake are recorded as such, and the first decision reads them.
  const { summary, stored: decision } = decideDetainer(
    deps.law,
    agency,
    detainer,
    facts ?? {},
    null,
    now,
    deps.ids.uuid(),
  );
  const payloads: DetainerEventPayload[] = [
    { type: 'received', receivedAt: detainer.receivedAt.toISOString(), ...(document ? { document } : {}) },
    ...(facts ? [{ type: 'facts-updated' as const, facts }] : []),
    { type: 'evaluated', decision: summary },
  ];
  const state = foldDetainer(
    payloads.map((payload, i) => ({
      detainerId: detainer.id,
      agencyId: agency.id,
      version: i + 1,
      payload,
      recordedAt: now.toISOString(),
      actor: principal.userId,
    })),
  );
  const outcome = await deps.detainers.insert(detainer, {
    agencyId: agency.id,
    detainerId: detainer.id,
    expectedVersion: 0,
    // The evaluation is the law engine's; what was received (and known) is the officer's.
    events: payloads.map((payload) => ({ payload, actor: payload.type === 'evaluated' ? 'system' : principal.userId })),
    recordedAt: now,
    decisions: [decision],
    notices: [],
    projection: projectionOf(state, now),
  });
  if (outcome === 'duplicate-reference') {
    return err(
      domainError('DETAINER.DUPLICATE_REFERENCE', 'A request with this federal reference is already logged.', {
        field: 'federalReference',
      }),
    );
  }
  // The answer is what was submitted, whoever asks and whether or not the reference was already on
  // file: it neither shows the record on file nor says that one exists (staff read it with GET).
  return ok({ ...detainer, submittedSubject: { ...detainer.subject }, identityConflict: null });
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
  if (can(principal.role, 'detainer:read')) return ok(found);
  // A liaison asking for a request it did not submit learns nothing, not even that it exists.
  if (found.submittedBy !== principal.userId) return notFound;
  return ok(asSubmitted(found));
}

/**
 * A request as its submitter may see it: the subject as it submitted it, never the record on file
 * (which may hold another person's details under the same reference), and no identity conflict.
 */
export function asSubmitted(request: DetainerRequest): DetainerRequest {
  const sent = request.submittedSubject;
  const subject: Subject = sent
    ? { ...sent }
    : // Logged before submissions were kept: nothing personal can be shown as submitted.
      { id: request.subject.id, reference: request.subject.reference, fullName: null, birthDate: null, aNumber: null };
  return { ...request, subject, submittedSubject: null, identityConflict: null };
}

export async function listDetainers(
  deps: DetainerDeps,
  principal: Principal,
  page: { limit: number; offset: number } & DetainerListFilters,
): Promise<Result<DetainerPage, DomainError>> {
  if (!canReadAny(principal)) return err(forbidden('read detainer requests'));
  const { limit: askedLimit, offset: askedOffset, ...filters } = page;
  const limit = Math.min(Math.max(1, Math.trunc(askedLimit)), MAX_PAGE_SIZE);
  const offset = Math.max(0, Math.trunc(askedOffset));
  const submittedBy = can(principal.role, 'detainer:read')
    ? { subjectAs: 'on-file' as const }
    : { submittedBy: principal.userId, subjectAs: 'submitted' as const };
  const now = deps.clock.now();
  return ok(
    await deps.detainers.list({ ...filters, agencyId: principal.agencyId, now, limit, offset, ...submittedBy }),
  );
}

function canReadAny(principal: Principal): boolean {
  return can(principal.role, 'detainer:read') || can(principal.role, 'detainer:read-submitted');
}

async function facilityOfAgency(deps: DetainerDeps, principal: Principal, facilityId: string): Promise<boolean> {
  return isUuid(facilityId) && deps.detainers.facilityBelongsTo(principal.agencyId, facilityId as FacilityId);
}
