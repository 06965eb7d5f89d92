/**
 * Local calendar arithmetic on IANA time zones, with nothing but the global `Intl` and `Date`
 * values (never the system clock or the process time zone).
 *
 * A local date is a `YYYY-MM-DD` string. Day `D` in a zone is the half-open interval of instants
 * [startOfLocalDay(D), startOfLocalDay(D + 1)): usually 24 hours, 23 or 25 on daylight-saving
 * days, and it starts at the transition itself where local midnight does not exist (e.g.
 * Africa/Cairo 2023-04-28, America/Havana 2026-03-08, whose clocks jump from 23:59:59 to 01:00).
 *
 * These run in bulk replay: one formatter is cached per zone, the fast `format()` path is parsed
 * with a regular expression (falling back to `formatToParts()` should a runtime format differently),
 * and day starts are memoised.
 */

const MS_PER_SECOND = 1_000;
const MS_PER_MINUTE = 60_000;
const MS_PER_HOUR = 3_600_000;
const MS_PER_DAY = 86_400_000;

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

interface CivilDate {
  readonly year: number;
  readonly month: number; // 1..12
  readonly day: number; // 1..31
}

interface WallTime extends CivilDate {
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
}

// ---------------------------------------------------------------------------------------------
// Proleptic Gregorian day numbers (days since 1970-01-01), pure arithmetic (H. Hinnant's algorithm)

function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

function civilFromDays(days: number): CivilDate {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

function daysInMonth(year: number, month: number): number {
  return daysFromCivil(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, 1) - daysFromCivil(year, month, 1);
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

function formatCivil({ year, month, day }: CivilDate): string {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

function parseLocalDate(date: string): CivilDate {
  const match = LOCAL_DATE.exec(date);
  if (match) {
    const year = Number(match[1]);
    const month = Number(match[2]);
    const day = Number(match[3]);
    if (month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)) return { year, month, day };
  }
  throw new RangeError(`not a local date (YYYY-MM-DD): ${JSON.stringify(date)}`);
}

/** Whether `value` is a real calendar date written `YYYY-MM-DD`. */
export function isLocalDate(value: string): boolean {
  const match = LOCAL_DATE.exec(value);
  if (!match) return false;
  const month = Number(match[2]);
  const day = Number(match[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(Number(match[1]), month);
}

/** The date `days` days after (or before, if negative) `date`. */
export function addDays(date: string, days: number): string {
  if (!Number.isInteger(days)) throw new RangeError(`days must be an integer: ${days}`);
  const { year, month, day } = parseLocalDate(date);
  return formatCivil(civilFromDays(daysFromCivil(year, month, day) + days));
}

/** Day of the week of a calendar date: 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(date: string): number {
  const { year, month, day } = parseLocalDate(date);
  // 1970-01-01 was a Thursday (4).
  return (((daysFromCivil(year, month, day) + 4) % 7) + 7) % 7;
}

// ---------------------------------------------------------------------------------------------
// Zones

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(zone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(zone);
  if (formatter === undefined) {
    // Throws a RangeError for an unknown zone.
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(zone, formatter);
  }
  return formatter;
}

/** Whether `zone` is a time zone name the runtime knows (an IANA name such as `America/Chicago`, or `UTC`). */
export function isValidTimeZone(zone: string): boolean {
  // Offset-only names ("+05:00") are not IANA zones, whatever a newer runtime may accept.
  if (typeof zone !== 'string' || zone.length === 0 || zone.startsWith('+') || zone.startsWith('-')) return false;
  try {
    formatterFor(zone);
    return true;
  } catch {
    return false;
  }
}

function assertInstant(instant: Date): number {
  const ms = instant instanceof Date ? instant.getTime() : Number.NaN;
  if (!Number.isFinite(ms)) throw new RangeError('invalid instant');
  return ms;
}

// "03/07/2026, 12:00:00" (en-US, h23)
const EN_US = /^(\d{2})\/(\d{2})\/(\d{4,}), (\d{2}):(\d{2}):(\d{2})$/;

/** The wall-clock reading in `zone` at `ms` (to the second). */
function wallTime(ms: number, zone: string): WallTime {
  const formatter = formatterFor(zone);
  const match = EN_US.exec(formatter.format(ms));
  if (match) {
    return {
      year: Number(match[3]),
      month: Number(match[1]),
      day: Number(match[2]),
      hour: Number(match[4]),
      minute: Number(match[5]),
      second: Number(match[6]),
    };
  }
  const parts: Record<string, number> = {};
  for (const part of formatter.formatToParts(ms)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  const read = (type: string): number => {
    const value = parts[type];
    if (value === undefined || !Number.isFinite(value)) throw new RangeError(`cannot read the local ${type}`);
    return value;
  };
  return {
    year: read('year'),
    month: read('month'),
    day: read('day'),
    hour: read('hour') % 24,
    minute: read('minute'),
    second: read('second'),
  };
}

/** The wall-clock reading as if it were UTC milliseconds ("wall milliseconds"). */
function wallMs(wall: WallTime): number {
  return (
    daysFromCivil(wall.year, wall.month, wall.day) * MS_PER_DAY +
    wall.hour * MS_PER_HOUR +
    wall.minute * MS_PER_MINUTE +
    wall.second * MS_PER_SECOND
  );
}

/** UTC offset of `zone` at `ms`, in milliseconds (local = UTC + offset). */
function offsetAt(ms: number, zone: string): number {
  const second = Math.floor(ms / MS_PER_SECOND) * MS_PER_SECOND;
  return wallMs(wallTime(second, zone)) - second;
}

/** The local calendar date (`YYYY-MM-DD`) of `instant` in `zone`. */
export function localDate(instant: Date, zone: string): string {
  return formatCivil(wallTime(assertInstant(instant), zone));
}

/** `instant` in ISO 8601 with the zone's offset, to the second: `2018-06-03T17:00:00-07:00` (`+00:00` for UTC). */
export function formatInstant(instant: Date, zone: string): string {
  const second = Math.floor(assertInstant(instant) / MS_PER_SECOND) * MS_PER_SECOND;
  const wall = wallTime(second, zone);
  const offset = wallMs(wall) - second;
  const abs = Math.abs(offset) / MS_PER_SECOND;
  const offsetHours = Math.floor(abs / 3600);
  const offsetMinutes = Math.floor((abs % 3600) / 60);
  const offsetSeconds = abs % 60;
  // Only local mean time (before ~1900) has offsets with seconds; ISO 8601 extended format then adds them.
  const suffix =
    `${offset < 0 ? '-' : '+'}${pad(offsetHours, 2)}:${pad(offsetMinutes, 2)}` +
    (offsetSeconds === 0 ? '' : `:${pad(offsetSeconds, 2)}`);
  return `${formatCivil(wall)}T${pad(wall.hour, 2)}:${pad(wall.minute, 2)}:${pad(wall.second, 2)}${suffix}`;
}

const DAY_START_CACHE_LIMIT = 20_000;
const dayStarts = new Map<string, number>();

/**
 * The first instant of local date `date` in `zone`: local midnight, or, where midnight is skipped
 * by a daylight-saving jump, the instant of the jump (the first instant whose local date is `date`).
 * Where midnight happens twice (clocks set back across it), the earlier one.
 */
export function startOfLocalDay(date: string, zone: string): Date {
  const key = `${zone}\u0000${date}`;
  let start = dayStarts.get(key);
  if (start === undefined) {
    start = computeStartOfLocalDay(date, zone);
    if (dayStarts.size >= DAY_START_CACHE_LIMIT) dayStarts.clear();
    dayStarts.set(key, start);
  }
  return new Date(start);
}

function computeStartOfLocalDay(date: string, zone: string): number {
  const { year, month, day } = parseLocalDate(date);
  formatterFor(zone); // reject an unknown zone before anything else
  const midnight = daysFromCivil(year, month, day) * MS_PER_DAY; // wall milliseconds of local midnight
  // Every offset is within [-14 h, +14 h]: the instant of local midnight lies within 14 hours of `midnight`.
  // Read the offset just before and just after that span; the instant is `midnight - offset` for one of them.
  const before = offsetAt(midnight - 15 * MS_PER_HOUR, zone);
  const after = offsetAt(midnight + 15 * MS_PER_HOUR, zone);
  let best: number | undefined;
  for (const offset of before === after ? [before] : [before, after]) {
    const candidate = midnight - offset;
    if (offsetAt(candidate, zone) === offset && (best === undefined || candidate < best)) best = candidate;
  }
  if (best !== undefined) return best;
  // Midnight does not exist: the clocks jumped over it. The day starts at the jump, which lies
  // between the instants where midnight would be under the later and under the earlier offset.
  // Transitions fall on whole seconds: binary-search seconds for the first instant at or past midnight.
  let lo = Math.floor((midnight - Math.max(before, after)) / MS_PER_SECOND) - 1; // wall before midnight
  let hi = Math.ceil((midnight - Math.min(before, after)) / MS_PER_SECOND) + 1; // wall past midnight
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    const ms = mid * MS_PER_SECOND;
    if (wallMs(wallTime(ms, zone)) >= midnight) hi = mid;
    else lo = mid;
  }
  return hi * MS_PER_SECOND;
}
