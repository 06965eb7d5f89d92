import type { Principal } from '../auth/principal.js';
import { addDays, isLocalDate, startOfLocalDay } from '../clock/local-calendar.js';
import { DETAINER_STATUSES, type DetainerStatus } from '../lifecycle/detainer-status.js';
import { domainError, invalidField, type DomainError } from '../shared/errors.js';
import { isUuid, type FacilityId } from '../shared/ids.js';
import { err, type Result } from '../shared/result.js';
import { DETAINER_FORMS, type DetainerForm } from './detainer-request.js';
import type { DetainerListFilters, DetainerPage } from './detainer-repository.port.js';
import { listDetainers, type DetainerDeps } from './detainer.use-cases.js';

export const INBOX_SORTS = ['received', 'deadline'] as const;

/** The inbox as a client asks for it (`GET /detainers?...`, `detainers list`): text, as typed. */
export interface InboxQuery {
  /** One of the detainer statuses (pending, holding, release-due, ...). */
  readonly state?: string | undefined;
  readonly sort?: string | undefined;
  readonly form?: string | undefined;
  readonly facility?: string | undefined;
  /** Received on or after this local date of the agency (YYYY-MM-DD). */
  readonly from?: string | undefined;
  /** Received on or before this local date of the agency (YYYY-MM-DD), the whole day included. */
  readonly to?: string | undefined;
  readonly limit?: number | undefined;
  readonly offset?: number | undefined;
}

export const DEFAULT_PAGE_SIZE = 50;

class QueryProblem extends Error {
  constructor(readonly error: DomainError) {
    super(error.message);
  }
}

function member<T extends string>(value: string | undefined, field: string, values: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  if (!values.includes(value as T)) throw new QueryProblem(invalidField(field, `must be one of ${values.join(', ')}`));
  return value as T;
}

/**
 * The agency's inbox: its requests filtered by status (as of now), form, facility and the local
 * dates of receipt, newest first or by the nearest deadline. Dates are the agency's local dates,
 * so "received on the 3rd" means the 3rd on the jail's own calendar.
 */
export async function listInbox(
  deps: DetainerDeps,
  principal: Principal,
  query: InboxQuery,
): Promise<Result<DetainerPage & { limit: number; offset: number }, DomainError>> {
  let filters: DetainerListFilters;
  try {
    const status = member<DetainerStatus>(query.state, 'state', DETAINER_STATUSES);
    const sort = member(query.sort, 'sort', INBOX_SORTS);
    const form = member<DetainerForm>(query.form, 'form', DETAINER_FORMS);
    if (query.facility !== undefined && !isUuid(query.facility))
      throw new QueryProblem(invalidField('facility', 'must be a facility id (UUID)'));
    for (const [field, value] of [
      ['from', query.from],
      ['to', query.to],
    ] as const) {
      if (value !== undefined && !isLocalDate(value))
        throw new QueryProblem(invalidField(field, 'must be a date written YYYY-MM-DD'));
    }
    if (query.from !== undefined && query.to !== undefined && query.from > query.to)
      throw new QueryProblem(invalidField('to', 'is before from'));
    filters = {
      ...(status ? { status } : {}),
      ...(sort ? { sort } : {}),
      ...(form ? { form } : {}),
      ...(query.facility ? { facilityId: query.facility as FacilityId } : {}),
    };
  } catch (error) {
    if (error instanceof QueryProblem) return err(error.error);
    throw error;
  }
  if (query.from !== undefined || query.to !== undefined) {
    const agency = await deps.agencies.findById(principal.agencyId);
    if (!agency) return err(domainError('AGENCY.NOT_FOUND', 'Your agency no longer exists.'));
    filters = {
      ...filters,
      ...(query.from ? { receivedFrom: startOfLocalDay(query.from, agency.timeZone) } : {}),
      ...(query.to ? { receivedTo: startOfLocalDay(addDays(query.to, 1), agency.timeZone) } : {}),
    };
  }
  const limit = query.limit ?? DEFAULT_PAGE_SIZE;
  const offset = query.offset ?? 0;
  const page = await listDetainers(deps, principal, { limit, offset, ...filters });
  if (!page.ok) return page;
  return { ok: true, value: { ...page.value, limit, offset } };
}
