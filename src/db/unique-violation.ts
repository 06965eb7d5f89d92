/** True when a driver error says a UNIQUE constraint refused the row (SQLite or PostgreSQL). */
export function isUniqueViolation(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const code = (error as { code?: unknown }).code;
  return code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === '23505';
}

/**
 * True when one particular unique key refused the row: PostgreSQL names the constraint, SQLite
 * names the table's columns in its message ("UNIQUE constraint failed: t.a, t.b").
 */
export function violatesUniqueKey(
  error: unknown,
  key: { readonly constraint: string; readonly table: string; readonly columns: readonly string[] },
): boolean {
  if (!isUniqueViolation(error)) return false;
  const { constraint, message } = error as { constraint?: unknown; message?: unknown };
  if (typeof constraint === 'string') return constraint === key.constraint;
  const columns = key.columns.map((c) => `${key.table}.${c}`).join(', ');
  return typeof message === 'string' && message.endsWith(`: ${columns}`);
}

/** The agency's federal reference of a request (`detainer_requests_agency_reference`). */
export const FEDERAL_REFERENCE_KEY = {
  constraint: 'detainer_requests_agency_reference',
  table: 'detainer_requests',
  columns: ['agency_id', 'federal_reference'],
} as const;

/**
 * True when another writer stored the same detainer version first: the event's
 * `(detainer_id, version)` key, or the detainer's projection row.
 */
export function isVersionClash(error: unknown): boolean {
  return (
    violatesUniqueKey(error, {
      constraint: 'detainer_events_detainer_version',
      table: 'detainer_events',
      columns: ['detainer_id', 'version'],
    }) ||
    violatesUniqueKey(error, { constraint: 'detainer_states_pkey', table: 'detainer_states', columns: ['detainer_id'] })
  );
}
