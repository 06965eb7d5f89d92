/**
 * Row parsing for the two public detainer datasets: header detection, cell normalisation (FOIA
 * redactions become null), dates, states. Pure: rows arrive as text cells.
 */
import { detachedText } from '../shared/detached-text.js';
import { outcomeOf } from './outcomes.js';
import {
  NO_DIMENSIONS,
  type FacilityRef,
  type RecordDimensions,
  type ResearchDataset,
  type ResearchGazetteer,
  type ResearchRecord,
  type RowProblem,
  type SourceRow,
} from './research-record.js';

/** A header cell as a key: lower case, runs of anything but letters and digits as one `_`. */
export function normaliseHeader(cell: string): string {
  return cell
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

/**
 * A FOIA exemption marker standing in for a value: `(b)(6)`, `(b)(6)(b)(7)(c)`, `(b)(6), (b)(7)(c)`,
 * `(b)(7)(C)`... (5 U.S.C. 552(b) exemptions, in any combination).
 */
const REDACTION = /^(?:\s*\(b\)\s*\(\d\)(?:\s*\([a-z]\))*\s*[,;/]?)+\s*$/i;

export function isRedacted(value: string): boolean {
  return REDACTION.test(value);
}

export type CellState = 'empty' | 'redacted' | 'value';

export function cellState(value: string | undefined): CellState {
  if (value === undefined || value === '') return 'empty';
  // Most cells start with a letter or digit and end without a space: no trimming, no pattern.
  const first = value.charCodeAt(0);
  if (first > 32 && first !== 40 && value.charCodeAt(value.length - 1) > 32) return 'value';
  const text = value.trim();
  if (text === '') return 'empty';
  return isRedacted(text) ? 'redacted' : 'value';
}

/** The cell's text, or null when empty or redacted. */
function valueOf(value: string | undefined): string | null {
  return cellState(value) === 'value' ? value!.trim() : null;
}

/** Remembers a pure function's results for repeated inputs (dates, states); forgets all past `limit` entries. */
function remembered<T>(compute: (text: string) => T, limit = 65_536): (text: string) => T {
  const seen = new Map<string, T>();
  return (text) => {
    let result = seen.get(text);
    if (result === undefined && !seen.has(text)) {
      if (seen.size >= limit) seen.clear();
      result = compute(text);
      seen.set(detachedText(text), result);
    }
    return result as T;
  };
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-]00:?00)?)?$/;
const US_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp][Mm])?)?$/;

/**
 * A release's date or date-time as its calendar date and an instant on a UTC axis (the wall clock of
 * the release, whatever its zone: only differences between rows are used). Null when not a real date.
 */
export function parseReleaseDate(text: string): { date: string; at: number } | null {
  let y: number,
    mo: number,
    d: number,
    h = 0,
    mi = 0,
    s = 0;
  const iso = ISO_DATE.exec(text.trim());
  const us = iso ? null : US_DATE.exec(text.trim());
  if (iso) {
    [y, mo, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    [h, mi, s] = [Number(iso[4] ?? 0), Number(iso[5] ?? 0), Number(iso[6] ?? 0)];
  } else if (us) {
    [mo, d, y] = [Number(us[1]), Number(us[2]), Number(us[3])];
    [h, mi, s] = [Number(us[4] ?? 0), Number(us[5] ?? 0), Number(us[6] ?? 0)];
    const half = us[7]?.toLowerCase();
    if (half && (h < 1 || h > 12)) return null;
    if (half === 'pm' && h < 12) h += 12;
    if (half === 'am' && h === 12) h = 0;
  } else {
    return null;
  }
  if (h > 23 || mi > 59 || s > 59) return null;
  const at = Date.UTC(y, mo - 1, d, h, mi, s);
  const check = new Date(at);
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d) return null;
  if (y < 1900 || y > 2999) return null;
  const date = `${String(y).padStart(4, '0')}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return { date, at };
}

export type ParsedRow = { ok: true; record: ResearchRecord } | { ok: false; problem: RowProblem };

/** A prepare-date cell read: the date, or why the row cannot be loaded. */
export type DateCell = { ok: true; date: string; at: number } | { ok: false; reason: string };

/**
 * What a row says apart from its prepare date, and why it cannot be loaded if so: a wrong number of
 * columns is found before the date is read, an unknown state after (the order in which rows are
 * checked, so that a row gets the same reason however it is read).
 */
export interface RowRest {
  readonly problemBeforeDate: string | null;
  readonly problemAfterDate: string | null;
  readonly facility: FacilityRef | null;
  readonly state: string | null;
  readonly form: string | null;
  readonly liftReason: string | null;
  readonly personKey: string | null;
  readonly dimensions: RecordDimensions;
  readonly extra: Readonly<Record<string, string>> | null;
}

/** Parses the data rows of one file once its header is known. */
export interface RowParser {
  /** The header cells as found in the file (for the per-column quality report). */
  readonly columns: readonly string[];
  parse(row: SourceRow): ParsedRow;
  /**
   * The prepare date is the first column and the release has no person column, so rows that end
   * alike mean the same but for their date: a reader may read the date cell and the other cells
   * apart (`dateCell`, `rest` from column 1) and read each distinct rest once.
   */
  readonly restRepeats: boolean;
  dateCell(text: string | undefined): DateCell;
  /** The row's cells from column `from` on (the columns before it are the date's). */
  rest(cells: readonly string[], from: number): RowRest;
}

export class ResearchFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ResearchFileError';
  }
}

// ---------------------------------------------------------------------------------------------
// NPR / ICE FOIA six-column export (2007-10 to 2015-07)

export const NPR_COLUMNS = ['date', 'lift_reason', 'det_facility', 'city', 'state', 'detainer_type'] as const;

/** Is this row NPR's header? The six columns, in any order (extra columns are kept in `extra`). */
function isNprHeader(cells: readonly string[]): boolean {
  const names = new Set(cells.map(normaliseHeader));
  return NPR_COLUMNS.every((c) => names.has(c));
}

// ---------------------------------------------------------------------------------------------
// Deportation Data Project detainer releases (brief 1.3)

/** Accepted header names (normalised) per field, first found wins. */
export const DDP_FIELDS = {
  preparedDate: ['detainer_prepare_date', 'detainer_prepared_date'],
  liftReason: ['detainer_lift_reason'],
  form: ['detainer_type', 'detainer_form'],
  facility: [
    'detention_facility',
    'facility',
    'facility_name',
    'det_facility',
    'detainer_facility',
    'lea_facility',
    'detention_facility_name',
  ],
  city: ['facility_city', 'detention_facility_city', 'city', 'lea_city'],
  state: ['facility_state', 'detention_facility_state', 'state', 'lea_state', 'state_code'],
  person: ['unique_identifier', 'unique_id', 'person_id', 'anonymized_identifier', 'subject_id', 'eid_subject_id'],
} as const;
type DdpField = keyof typeof DDP_FIELDS;

function isDdpHeader(cells: readonly string[]): boolean {
  const names = new Set(cells.map(normaliseHeader));
  return DDP_FIELDS.preparedDate.some((c) => names.has(c));
}

/** How many rows may precede the header (xlsx releases carry a title and notes above it). */
export const MAX_PREAMBLE_ROWS = 50;

/** Is this row the header row of the dataset? */
export function isHeaderRow(dataset: ResearchDataset, cells: readonly string[]): boolean {
  return dataset === 'npr' ? isNprHeader(cells) : isDdpHeader(cells);
}

export function createRowParser(
  dataset: ResearchDataset,
  header: readonly string[],
  gazetteer: ResearchGazetteer,
): RowParser {
  const names = header.map(normaliseHeader);
  const indexOf = (candidates: readonly string[]) => {
    for (const c of candidates) {
      const i = names.indexOf(c);
      if (i >= 0) return i;
    }
    return -1;
  };
  const fields: Record<DdpField, number> =
    dataset === 'npr'
      ? {
          preparedDate: names.indexOf('date'),
          liftReason: names.indexOf('lift_reason'),
          form: names.indexOf('detainer_type'),
          facility: names.indexOf('det_facility'),
          city: names.indexOf('city'),
          state: names.indexOf('state'),
          person: -1,
        }
      : (Object.fromEntries((Object.keys(DDP_FIELDS) as DdpField[]).map((k) => [k, indexOf(DDP_FIELDS[k])])) as Record<
          DdpField,
          number
        >);
  const dimensionColumns = dataset === 'ddp' ? dimensionIndexes(names) : null;
  const used = new Set([...Object.values(fields), ...Object.values(dimensionColumns ?? {})].filter((i) => i >= 0));
  const dateOf = remembered(parseReleaseDate);
  const stateOf = remembered((text) => gazetteer.stateCode(text));
  const extraColumns = header.map((h, i) => ({ h: h.trim(), i })).filter(({ h, i }) => !used.has(i) && h !== '');

  const rowLength = dataset === 'npr' ? header.length : null;

  const dateCell = (text: string | undefined): DateCell => {
    const raw = valueOf(text);
    if (raw === null) return { ok: false, reason: 'prepare date missing' };
    const date = dateOf(raw);
    return date ? { ok: true, date: date.date, at: date.at } : { ok: false, reason: 'prepare date not a date' };
  };

  const rest = (cells: readonly string[], from: number): RowRest => {
    const cell = (i: number) => (i >= from ? valueOf(cells[i - from]) : null);
    const problemBeforeDate =
      rowLength !== null && cells.length + from !== rowLength
        ? `expected ${rowLength} columns, found ${cells.length + from}`
        : null;
    const rawState = cell(fields.state);
    const state = rawState === null ? null : stateOf(rawState);
    const facilityName = cell(fields.facility);
    const city = cell(fields.city);
    let extra: Record<string, string> | null = null;
    for (const { h, i } of extraColumns) {
      const value = cell(i);
      if (value !== null) (extra ??= {})[h] = value;
    }
    return {
      problemBeforeDate,
      problemAfterDate: rawState !== null && state === null ? 'state unknown' : null,
      facility: facilityName === null && city === null ? null : { name: facilityName ?? '', code: null, city, state },
      state,
      form: cell(fields.form),
      liftReason: cell(fields.liftReason),
      personKey: cell(fields.person),
      dimensions: dimensionColumns === null ? NO_DIMENSIONS : dimensionsOf(cell, dimensionColumns),
      extra,
    };
  };

  return {
    columns: header.map((h, i) => h.trim() || `column ${i + 1}`),
    restRepeats: fields.preparedDate === 0 && fields.person < 0,
    dateCell,
    rest,
    parse({ line, cells }) {
      const other = rest(cells, 0);
      if (other.problemBeforeDate !== null) return reject(line, other.problemBeforeDate);
      const date = dateCell(fields.preparedDate >= 0 ? cells[fields.preparedDate] : undefined);
      if (!date.ok) return reject(line, date.reason);
      if (other.problemAfterDate !== null) return reject(line, other.problemAfterDate);
      return { ok: true, record: recordOf(line, date, other) };
    },
  };
}

// ---------------------------------------------------------------------------------------------
// TEMPORARY (helper D, issue 14): the dimensions from the 2025 layout's exact header names, until
// helper A's header-synonym table (release-layouts.ts) fills `dimensions` for every layout. A's
// branch replaces dimensionIndexes/dimensionsOf (and the two lines in createRowParser that call them).

/** The 2025 layout's dimension columns (normalised header names). */
const DIMENSION_HEADERS: Readonly<Record<keyof RecordDimensions, string>> = {
  aor: 'facility_aor',
  citizenship: 'citizenship_country',
  criminality: 'detainer_prepared_criminality',
  mscCharge: 'most_serious_conviction_msc_charge',
  mscChargeCode: 'msc_charge_code',
};

/** Where each dimension's column is in the header (-1 when absent). */
function dimensionIndexes(names: readonly string[]): Record<keyof RecordDimensions, number> {
  return Object.fromEntries(
    Object.entries(DIMENSION_HEADERS).map(([dimension, name]) => [dimension, names.indexOf(name)]),
  ) as Record<keyof RecordDimensions, number>;
}

/** A row's dimensions as written (null when absent, blank or redacted). */
function dimensionsOf(
  cell: (i: number) => string | null,
  header: Readonly<Record<keyof RecordDimensions, number>>,
): RecordDimensions {
  const at = (i: number) => (i < 0 ? null : cell(i));
  return {
    aor: at(header.aor),
    citizenship: at(header.citizenship),
    criminality: at(header.criminality),
    mscCharge: at(header.mscCharge),
    mscChargeCode: at(header.mscChargeCode),
  };
}
// END TEMPORARY (helper D)
// ---------------------------------------------------------------------------------------------

/** A loadable row as a record. */
export function recordOf(line: number, date: { date: string; at: number }, rest: RowRest): ResearchRecord {
  return {
    line,
    preparedDate: date.date,
    preparedAt: date.at,
    facility: rest.facility,
    state: rest.state,
    form: rest.form,
    liftReason: rest.liftReason,
    outcome: outcomeOf(rest.liftReason),
    personKey: rest.personKey,
    dimensions: rest.dimensions,
    extra: rest.extra,
  };
}

function reject(line: number, reason: string): ParsedRow {
  return { ok: false, problem: { line, reason } };
}
