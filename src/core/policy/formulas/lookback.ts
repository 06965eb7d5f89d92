/** True when `date` falls within `years` years before `today` (both YYYY-MM-DD local dates). */
export function withinYears(date: string, today: string, years: number): boolean {
  const from = `${String(Number(today.slice(0, 4)) - years).padStart(4, '0')}${today.slice(4)}`;
  return date >= from && date <= today;
}

/** The local date `years` years before `date` (29 February's twin in a common year is 1 March's eve, the 28th). */
export function yearsBefore(date: string, years: number): string {
  const shifted = `${String(Number(date.slice(0, 4)) - years).padStart(4, '0')}${date.slice(4)}`;
  return shifted.endsWith('-02-29') && !isLeap(Number(shifted.slice(0, 4))) ? `${shifted.slice(0, 8)}28` : shifted;
}

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}
