import type { Principal } from '../auth/principal.js';
import { addDays, startOfLocalDay } from '../clock/local-calendar.js';
import type { DetainerStatus } from '../lifecycle/detainer-status.js';
import { domainError, invalidField, type DomainError } from '../shared/errors.js';
import type { FacilityId } from '../shared/ids.js';
import { err, type Result } from '../shared/result.js';
import { validateTextInput } from '../shared/validate-input.js';
import type { DetainerForm } from './detainer-request.js';
import { DEFAULT_PAGE_SIZE, InboxQuerySchema, type INBOX_SORTS } from './inbox.schema.js';
import type { DetainerListFilters, DetainerPage } from './detainer-repository.port.js';
import { listDetainers, type DetainerDeps } from './detainer.use-cases.js';

export { INBOX_SORTS, DEFAULT_PAGE_SIZE, type InboxQuery } from './inbox.schema.js';

/**
 * The agency's inbox: its requests filtered by status (as of now), form, facility and the local
 * dates of receipt, newest first or by the nearest deadline. Dates are the agency's local dates,
 * so "received on the 3rd" means the 3rd on the jail's own calendar.
 */
export async function listInbox(
  deps: DetainerDeps,
  principal: Principal,
  raw: Readonly<Record<string, unknown>>,
): Promise<Result<DetainerPage & { limit: number; offset: number }, DomainError>> {
  // The schema of GET /detainers; options typed at the CLI arrive as text and are converted.
  const checked = validateTextInput(InboxQuerySchema, raw, { root: 'query' });
  if (!checked.ok) return checked;
  const query = checked.value;
  if (query.from !== undefined && query.to !== undefined && query.from > query.to) {
    return err(invalidField('to', 'is before from', 'beforeStart', { other: 'from' }));
  }
  let filters: DetainerListFilters = {
    ...(query.state ? { status: query.state as DetainerStatus } : {}),
    ...(query.sort ? { sort: query.sort as (typeof INBOX_SORTS)[number] } : {}),
    ...(query.form ? { form: query.form as DetainerForm } : {}),
    ...(query.facility ? { facilityId: query.facility as FacilityId } : {}),
  };
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
