/**
 * The desk bench's fourth data shape, taken from ICE's own records rather than made up:
 * `../shared/data/pa-detainers/pa_detainers.csv` (every detainer ICE issued to a Pennsylvania
 * facility, Oct 2007 - Jul 2015, 32,757 rows; see that folder's README). From each sampled record
 * the bench keeps what shapes a jail's inbox: the facility (117 of them, one holding a quarter of
 * the records), the prepare date (whole days only, so many requests share an instant), and the
 * outcome (an empty lift reason means still open; "Booked into Detention" is a transfer to ICE;
 * any other reason lifts the detainer). The eight years are squeezed into two days, in order, so
 * that every request was received before the bench's holds and duties begin.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import type { Agency } from '../src/core/agency/agency.js';
import type { AgencyId } from '../src/core/shared/ids.js';

const PENNSYLVANIA = fileURLToPath(new URL('../../shared/data/pa-detainers/pa_detainers.csv', import.meta.url));

export interface RealReceipt {
  /** How long before the bench's now the request was received, in hours (96 to 144). */
  readonly hoursAgo: number;
  readonly facility: string;
  readonly outcome:
    { readonly type: 'open' } | { readonly type: 'transferred' } | { readonly type: 'lifted'; readonly reason: string };
}

/** `count` records sampled evenly over the whole release (in file order), each as a receipt. */
export function pennsylvaniaReceipts(count: number): RealReceipt[] {
  const records = parse(readFileSync(PENNSYLVANIA), { columns: true, skip_empty_lines: true }) as Array<
    Record<'date' | 'lift_reason' | 'det_facility', string>
  >;
  const days = records.map((r) => Date.parse(`${r.date.slice(0, 10)}T00:00:00Z`));
  const first = Math.min(...days);
  const span = Math.max(...days) - first || 1;
  return Array.from({ length: count }, (_, i) => {
    const at = Math.floor((i * records.length) / count) % records.length;
    const record = records[at]!;
    const reason = record.lift_reason.trim();
    return {
      // The oldest record 144 hours ago, the newest 96: the same order and the same ties as ICE's days.
      hoursAgo: 144 - ((days[at]! - first) / span) * 48,
      facility: record.det_facility,
      outcome:
        reason === ''
          ? { type: 'open' }
          : reason === 'Booked into Detention'
            ? { type: 'transferred' }
            : { type: 'lifted', reason },
    };
  });
}

/** The bench's own agency for the real shape: a Pennsylvania county jail, labelled synthetic. */
export const BENCH_PENNSYLVANIA_AGENCY: Agency = {
  id: '00000000-0000-4000-8000-0000000b0042' as AgencyId,
  name: 'Bench Montgomery County PA jail (synthetic; facilities and days from ICE records)',
  kind: 'county-jail',
  stateCode: 'PA',
  countyFips: '42091',
  timeZone: 'America/New_York',
  discretion: 'comply',
  ori: null,
  synthetic: true,
};
export const BENCH_PENNSYLVANIA_DOMAIN = 'pa.bench.example';
