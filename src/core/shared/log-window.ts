import { invalidField, type DomainError } from './errors.js';
import { err, ok, type Result } from './result.js';

/** The part of a log's page a query asks for: its instants as dates, and the page itself. */
export interface LogWindow {
  readonly from?: Date;
  readonly to?: Date;
  readonly limit: number;
  readonly offset: number;
}

/**
 * A checked log query's time range and page (the audit logs: personal-data reads, security
 * events): `from` after `to` is an error naming `from`; a page not asked for is the first.
 */
export function logWindow(
  query: { readonly from?: string; readonly to?: string; readonly limit?: number; readonly offset?: number },
  defaultLimit: number,
): Result<LogWindow, DomainError> {
  const from = query.from === undefined ? undefined : new Date(query.from);
  const to = query.to === undefined ? undefined : new Date(query.to);
  if (from && to && from.getTime() > to.getTime())
    return err(invalidField('from', 'must not be after to', 'afterEnd', { other: 'to' }));
  return ok({
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
    limit: query.limit ?? defaultLimit,
    offset: query.offset ?? 0,
  });
}
