import { zoneOffsetMinutes } from '../../shared/zoneOffset';

/**
 * Local date and time in an IANA time zone → an ISO 8601 instant with that zone's offset, as the
 * API takes it ("2026-03-08T03:30:00-05:00"). Daylight saving: a time the clocks skip (spring
 * forward) does not exist and is refused; a time that happens twice (fall back) is the first one.
 */

export type ZonedInstant =
  | { readonly ok: true; readonly iso: string; readonly offsetMinutes: number }
  | { readonly ok: false; readonly problem: 'invalid' | 'nonexistent' };

const HOUR_MS = 3_600_000;

/** The zone's offset from UTC, in minutes, at an instant (e.g. -300 for Chicago in summer). */
export const offsetAt = (timeZone: string, epochMs: number): number => zoneOffsetMinutes(epochMs, timeZone);

const pad = (n: number) => String(n).padStart(2, '0');

function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** `date` YYYY-MM-DD and `time` HH:MM, read in `timeZone`. */
export function zonedInstant(date: string, time: string, timeZone: string): ZonedInstant {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const t = /^(\d{2}):(\d{2})$/.exec(time);
  if (!d || !t) return { ok: false, problem: 'invalid' };
  const [y, mo, da, h, mi] = [Number(d[1]), Number(d[2]), Number(d[3]), Number(t[1]), Number(t[2])];
  const wall = Date.UTC(y, mo - 1, da, h, mi);
  const check = new Date(wall);
  if (
    check.getUTCFullYear() !== y ||
    check.getUTCMonth() !== mo - 1 ||
    check.getUTCDate() !== da ||
    h > 23 ||
    mi > 59
  ) {
    return { ok: false, problem: 'invalid' };
  }
  // The offsets in force half a day either side cover any change of offset near this wall time.
  const candidates = [offsetAt(timeZone, wall - 12 * HOUR_MS), offsetAt(timeZone, wall + 12 * HOUR_MS)]
    .map((offset) => ({ offset, at: wall - offset * 60_000 }))
    .filter((c) => offsetAt(timeZone, c.at) === c.offset)
    .sort((a, b) => a.at - b.at);
  const first = candidates[0];
  if (!first) return { ok: false, problem: 'nonexistent' };
  return { ok: true, iso: `${date}T${time}:00${formatOffset(first.offset)}`, offsetMinutes: first.offset };
}

/** The local date and time (YYYY-MM-DD, HH:MM) of an instant in a zone: a form's default "now". */
export function localParts(epochMs: number, timeZone: string): { date: string; time: string } {
  const local = new Date(epochMs + offsetAt(timeZone, epochMs) * 60_000);
  return {
    date: `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}`,
    time: `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}`,
  };
}
