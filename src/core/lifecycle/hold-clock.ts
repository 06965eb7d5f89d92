import { excludedDaysBetween, type ExcludedDay } from '../clock/hold-window.js';
import type { HolidayCalendar } from '../clock/holiday-calendar.port.js';

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The days the hold deadline of a stored decision skips: for a business-day clock (8 CFR
 * 287.7(d)), each weekend day and holiday (named) between the hold's start and its lawful end, in
 * the decision's time zone. Empty for a flat 48-hour clock, or when no hold deadline was computed.
 */
export function holdExcludedDays(decisionDocument: unknown, calendar: HolidayCalendar): ExcludedDay[] {
  if (!isObject(decisionDocument) || !isObject(decisionDocument.output)) return [];
  const trace = decisionDocument.output.trace;
  if (!isObject(trace) || !isObject(trace.hold) || typeof trace.timeZone !== 'string') return [];
  const { window, start, until } = trace.hold;
  if (window !== 'business-48h' || typeof start !== 'string' || typeof until !== 'string') return [];
  const from = new Date(start);
  const to = new Date(until);
  if (Number.isNaN(from.getTime()) || Number.isNaN(to.getTime())) return [];
  return excludedDaysBetween(from, to, trace.timeZone, calendar);
}
