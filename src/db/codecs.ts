/** Read-side codecs that make the two engines' values look the same. */
export function instant(value: Date | string): Date {
  return value instanceof Date ? value : new Date(value);
}

/** An instant as ISO 8601 text with milliseconds, whichever engine stored it (PostgreSQL returns Dates). */
export function isoInstant(value: Date | string): string {
  return new Date(value).toISOString();
}

export function optionalInstant(value: Date | string | null): Date | null {
  return value === null ? null : instant(value);
}

export function flag(value: boolean | number): boolean {
  return value === true || value === 1;
}

export function json<T>(value: unknown): T {
  return (typeof value === 'string' ? JSON.parse(value) : value) as T;
}

/** Write-side: both engines accept ISO text for instants and 0/1 for booleans. */
export const toInstant = (date: Date): string => date.toISOString();
export const toFlag = (value: boolean): number => (value ? 1 : 0);

/** COUNT(*) is a bigint in PostgreSQL, which pg returns as a string. */
export function count(value: string | number | bigint | null | undefined): number {
  return Number(value ?? 0);
}
