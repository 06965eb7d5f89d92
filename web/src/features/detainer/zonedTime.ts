import { zoneOffsetMinutes as offsetMinutesAt } from '../../shared/zoneOffset';

/**
 * Wall-clock times in the agency's zone, for the <input type="datetime-local"> of the command
 * forms: the API takes instants with an offset, the officer types the time on the jail's clock.
 */

/** The zone's offset from UTC at an instant, in minutes (e.g. -360 for CST). */
export const zoneOffsetMinutes = (instant: Date, timeZone: string): number =>
  offsetMinutesAt(instant.getTime(), timeZone);

const pad = (n: number) => String(Math.abs(n)).padStart(2, '0');

/**
 * "2026-12-05T08:30" typed in America/Chicago → "2026-12-05T08:30:00-06:00"; null for text that is
 * not a local date and time. (In the hour a clock repeats, the earlier reading is taken.)
 */
export function localToInstant(local: string, timeZone: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(local);
  if (!match) return null;
  const [y, mo, d, h, mi] = match.slice(1, 6).map(Number) as [number, number, number, number, number];
  const s = match[6] === undefined ? 0 : Number(match[6]);
  const wall = Date.UTC(y, mo - 1, d, h, mi, s);
  if (Number.isNaN(wall)) return null;
  // Two passes settle the offset across a daylight-saving change.
  let offset = zoneOffsetMinutes(new Date(wall), timeZone);
  offset = zoneOffsetMinutes(new Date(wall - offset * 60_000), timeZone);
  const sign = offset < 0 ? '-' : '+';
  const date = local.slice(0, 16);
  return `${date}:${pad(s)}${sign}${pad(Math.trunc(offset / 60))}:${pad(offset % 60)}`;
}

/** An instant as the zone's wall-clock "YYYY-MM-DDTHH:mm" (the value of a datetime-local input). */
export function instantToLocal(instant: Date, timeZone: string): string {
  const shifted = new Date(instant.getTime() + zoneOffsetMinutes(instant, timeZone) * 60_000);
  return shifted.toISOString().slice(0, 16);
}

/** The zone's calendar date of an instant, "YYYY-MM-DD". */
export function localDate(instant: Date, timeZone: string): string {
  return instantToLocal(instant, timeZone).slice(0, 10);
}
