/** True when `date` falls within `years` years before `today` (both YYYY-MM-DD local dates). */
export function withinYears(date: string, today: string, years: number): boolean {
  const from = `${String(Number(today.slice(0, 4)) - years).padStart(4, '0')}${today.slice(4)}`;
  return date >= from && date <= today;
}
