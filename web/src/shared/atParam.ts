/**
 * The date a place page is asked for (?at= in the address), read strictly: a day of the calendar
 * written YYYY-MM-DD in the years the API answers for; anything else is said back to the reader,
 * never silently replaced by today.
 */
export type AskedDate =
  | { readonly kind: 'today' }
  | { readonly kind: 'date'; readonly at: string }
  | { readonly kind: 'invalid'; readonly raw: string; readonly problem: 'form' | 'calendar' | 'years' };

/** The years the API's `at` accepts (HISTORY_YEARS of src/core/shared/input-types.ts). */
export const AT_YEARS = { from: 1900, to: 2100 } as const;

const WRITTEN = /^(\d{4})-(\d{2})-(\d{2})$/;

export function readAt(search: URLSearchParams): AskedDate {
  const raw = search.get('at');
  if (raw === null || raw === '') return { kind: 'today' };
  const match = WRITTEN.exec(raw);
  if (!match) return { kind: 'invalid', raw, problem: 'form' };
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  const real = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  if (!real) return { kind: 'invalid', raw, problem: 'calendar' };
  if (year < AT_YEARS.from || year > AT_YEARS.to) return { kind: 'invalid', raw, problem: 'years' };
  return { kind: 'date', at: raw };
}
