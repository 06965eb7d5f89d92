/**
 * Row parsing for every layout of the public detainer releases (release-layouts.ts: fields found
 * through the one table of column synonyms): cell normalisation (FOIA redactions become null),
 * dates, states, the researchers' dimensions. Pure: rows arrive as text cells.
 */
import { detachedText } from '../shared/detached-text.js';
import { outcomeOf } from './outcomes.js';
import {
  COLUMN_SYNONYMS,
  detectLayout,
  GENERIC_LAYOUT,
  isIdentifyingColumn,
  LAYOUT_FIELDS,
  normaliseHeader,
  requestTakes,
  type LayoutField,
  type LayoutInfo,
  type LayoutRequest,
} from './release-layouts.js';
import {
  NO_DIMENSIONS,
  type FacilityRef,
  type RecordDimensions,
  type ResearchGazetteer,
  type ResearchRecord,
  type RowProblem,
  type SourceRow,
  type SplitColumns,
} from './research-record.js';

export { normaliseHeader };

/**
 * A FOIA exemption marker standing in for a value: a cell made only of exemption cites (5 U.S.C.
 * 552(b)), `(b)(<digit>)` or `b(<digit>)`, each with an optional subsection letter with or without
 * parentheses, separated by commas, semicolons, slashes or nothing: every spelling the releases
 * write: `b(6), b(7)c`, `b(6), b(7)C` (March 2026 and 44-column releases, S4 S7), `(b)(6), (b)(7)(c)`,
 * `(b)(6)(b)(7)(c)`, `(b)(6),(b)(7)(c)`, `b(6), b(7)(c)`, `(b)(7)(e)`, `b(7)(e)` (S11, the issue).
 * This is the Deportation Data Project's rule (S6) applied to the whole cell: text that merely
 * contains `b(` is a value.
 */
const CITE = String.raw`(?:\(b\)|b)\s*\(\d\)(?:\s*\([a-z]\)|[a-z](?![a-z]))?`;
const REDACTION = new RegExp(String.raw`^\s*${CITE}(?:\s*[,;/&]?\s*${CITE})*\s*[,;]?\s*$`, 'i');

export function isRedacted(value: string): boolean {
  return REDACTION.test(value);
}

export type CellState = 'empty' | 'redacted' | 'value';

export function cellState(value: string | undefined): CellState {
  if (value === undefined || value === '') return 'empty';
  // Most cells start with a letter or digit and end without a space: no trimming, no pattern. A
  // redaction starts with `(`, or with `b` / `B` followed by `(` or a space (`b(6), b(7)c`).
  const first = value.charCodeAt(0);
  if (
    first > 32 &&
    first !== 40 &&
    ((first | 32) !== 98 || (value.charCodeAt(1) !== 40 && value.charCodeAt(1) > 32)) &&
    value.charCodeAt(value.length - 1) > 32
  ) {
    return 'value';
  }
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
const US_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp][Mm])?)?$/;
const MON_DATE = /^(\d{1,2})(-?)([A-Za-z]{3})\2(\d{2}|\d{4})$/;
const EXCEL_SERIAL = /^(\d{5})(?:\.(\d+))?$/;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * Excel serial day numbers read as dates (day 0 = 1899-12-30, the origin DDP uses for TRAC's text
 * serials, S9): only from 32874 (1990-01-01) to 73050 (2099-12-31), so that a five-digit number
 * outside any release's span is not taken for a date.
 */
export const EXCEL_SERIAL_RANGE = { first: 32_874, last: 73_050 } as const;
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/**
 * A two-digit year as POSIX strptime's `%y` reads it: 69-99 are 1969-1999, 00-68 are 2000-2068
 * (NPR parses the LEA files' `m/d/yy` with `%y`, S1).
 */
export function fullYear(twoDigits: number): number {
  return twoDigits >= 69 ? 1900 + twoDigits : 2000 + twoDigits;
}

/**
 * A release's date or date-time as its calendar date and an instant on a UTC axis (the wall clock of
 * the release, whatever its zone: only differences between rows are used). Null when not a real date.
 * Read: Excel date cells (the workbook reader gives them as ISO text), ISO `YYYY-MM-DD` with or
 * without a time, `m/d/yy` (century by fullYear) and `m/d/yyyy`, both with an optional
 * `h:mm[:ss] [AM|PM]`, `DDMONYY` (`12MAR08`) and `DD-MON-YY(YY)`, and Excel serial numbers written
 * as text (`45123`, `45123.5`; EXCEL_SERIAL_RANGE). Years before 1900 (e.g. 0002) are not dates.
 */
export function parseReleaseDate(text: string): { date: string; at: number } | null {
  let y: number,
    mo: number,
    d: number,
    h = 0,
    mi = 0,
    s = 0;
  const trimmed = text.trim();
  const iso = ISO_DATE.exec(trimmed);
  const us = iso ? null : US_DATE.exec(trimmed);
  const mon = iso || us ? null : MON_DATE.exec(trimmed);
  if (iso) {
    [y, mo, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    [h, mi, s] = [Number(iso[4] ?? 0), Number(iso[5] ?? 0), Number(iso[6] ?? 0)];
  } else if (us) {
    [mo, d, y] = [Number(us[1]), Number(us[2]), Number(us[3])];
    if (us[3]!.length === 2) y = fullYear(y);
    [h, mi, s] = [Number(us[4] ?? 0), Number(us[5] ?? 0), Number(us[6] ?? 0)];
    const half = us[7]?.toLowerCase();
    if (half && (h < 1 || h > 12)) return null;
    if (half === 'pm' && h < 12) h += 12;
    if (half === 'am' && h === 12) h = 0;
  } else if (mon) {
    const month = MONTHS.indexOf(mon[3]!.toLowerCase());
    if (month < 0) return null;
    [d, mo, y] = [Number(mon[1]), month + 1, Number(mon[4])];
    if (mon[4]!.length === 2) y = fullYear(y);
  } else {
    return excelSerialDate(trimmed);
  }
  if (h > 23 || mi > 59 || s > 59) return null;
  return dateAt(y, mo, d, h, mi, s);
}

function dateAt(y: number, mo: number, d: number, h: number, mi: number, s: number) {
  const at = Date.UTC(y, mo - 1, d, h, mi, s);
  const check = new Date(at);
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d) return null;
  if (y < 1900 || y > 2999) return null;
  const date = `${String(y).padStart(4, '0')}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return { date, at };
}

function excelSerialDate(text: string): { date: string; at: number } | null {
  const serial = EXCEL_SERIAL.exec(text);
  if (!serial) return null;
  const days = Number(serial[1]);
  if (days < EXCEL_SERIAL_RANGE.first || days > EXCEL_SERIAL_RANGE.last) return null;
  // The fraction of a day as whole seconds.
  const seconds = serial[2] === undefined ? 0 : Math.round(Number(`0.${serial[2]}`) * 86_400);
  const at = EXCEL_EPOCH + days * 86_400_000 + Math.min(seconds, 86_399) * 1000;
  return { date: new Date(at).toISOString().slice(0, 10), at };
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
  /** The lift reason's code where the release has one (kept in the report only). */
  readonly liftReasonCode: string | null;
  readonly personKey: string | null;
  readonly dimensions: RecordDimensions;
  readonly extra: Readonly<Record<string, string>> | null;
}

/** Parses the data rows of one file once its header is known. */
export interface RowParser {
  /** The header cells as found in the file (for the per-column quality report). */
  readonly columns: readonly string[];
  /** The layout the header is. */
  readonly layout: LayoutInfo;
  parse(row: SourceRow): ParsedRow;
  /**
   * The columns each row has its own (the prepare date's and the person key's), or null when the
   * header has no date column: rows whose other cells read alike mean the same but for their date and
   * person, so a reader may read the date cell and the other cells apart (`dateCell`, `rest` given
   * these columns), read each distinct rest once, and read the person cell per row (`personOf`).
   */
  readonly splitColumns: SplitColumns | null;
  dateCell(text: string | undefined): DateCell;
  /**
   * What a row's cells say but for its date: all its cells (`split` null), or its cells but for the
   * own ones of `split` (SplitSourceRow.rest; its person key is then left to `personOf`).
   */
  rest(cells: readonly string[], split: SplitColumns | null): RowRest;
  /** The person key of a person cell (null when empty or redacted). */
  personOf(text: string | undefined): string | null;
}

export class ResearchFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ResearchFileError';
  }
}

/** NPR's six-column export (the `npr-export` layout, release-layouts.ts). */
export const NPR_COLUMNS = ['date', 'lift_reason', 'det_facility', 'city', 'state', 'detainer_type'] as const;

/** How many rows may precede the header (ICE's workbooks carry 6 rows of title and notes above it; S2, S4, S7). */
export const MAX_PREAMBLE_ROWS = 50;

/** Is this row a header of a layout the request takes (release-layouts.ts)? */
export function isHeaderRow(request: LayoutRequest, cells: readonly string[]): boolean {
  const layout = detectLayout(cells);
  return layout !== null && requestTakes(request, layout);
}

/** The fields of the record that columns give, with the dimensions. */
type FieldIndexes = Record<LayoutField, number>;

/**
 * Parses rows under a header: each field read from the first of its synonyms the header has
 * (COLUMN_SYNONYMS); the other columns kept in `extra` but for those that identify a person or a
 * case (never kept). `layout` is the header's (detected when a dataset or request is given).
 */
export function createRowParser(
  layoutOrRequest: LayoutInfo | LayoutRequest,
  header: readonly string[],
  gazetteer: ResearchGazetteer,
): RowParser {
  const layout = typeof layoutOrRequest === 'string' ? (detectLayout(header) ?? GENERIC_LAYOUT) : layoutOrRequest;
  const names = header.map(normaliseHeader);
  const indexOf = (candidates: readonly string[]) => {
    for (const c of candidates) {
      const i = names.indexOf(c);
      if (i >= 0) return i;
    }
    return -1;
  };
  const fields = Object.fromEntries(LAYOUT_FIELDS.map((k) => [k, indexOf(COLUMN_SYNONYMS[k])])) as FieldIndexes;
  const used = new Set(Object.values(fields).filter((i) => i >= 0));
  const dateOf = remembered(parseReleaseDate);
  const stateOf = remembered((text) => gazetteer.stateCode(text));
  const extraColumns = header
    .map((h, i) => ({ h: h.trim(), i }))
    .filter(({ h, i }) => !used.has(i) && h !== '' && !isIdentifyingColumn(names[i]!));
  const hasDimensions =
    fields.aor >= 0 ||
    fields.citizenship >= 0 ||
    fields.criminality >= 0 ||
    fields.mscCharge >= 0 ||
    fields.mscChargeCode >= 0;

  // NPR's files have every row as long as the header (S1 reads them with csv.DictReader).
  const rowLength = layout.family === 'npr' ? header.length : null;

  const dateCell = (text: string | undefined): DateCell => {
    const raw = valueOf(text);
    if (raw === null) return { ok: false, reason: 'prepare date missing' };
    const date = dateOf(raw);
    return date ? { ok: true, date: date.date, at: date.at } : { ok: false, reason: 'prepare date not a date' };
  };

  const rest = (cells: readonly string[], split: SplitColumns | null): RowRest => {
    const own = split === null ? 0 : split.person >= 0 ? 2 : 1;
    const cell =
      split === null
        ? (i: number) => valueOf(cells[i])
        : (i: number) =>
            i === split.date || i === split.person
              ? null
              : valueOf(cells[i - (i > split.date ? 1 : 0) - (split.person >= 0 && i > split.person ? 1 : 0)]);
    const problemBeforeDate =
      rowLength !== null && cells.length + own !== rowLength
        ? `expected ${rowLength} columns, found ${cells.length + own}`
        : null;
    const rawState = cell(fields.state);
    const state = rawState === null ? null : stateOf(rawState);
    const facilityName = cell(fields.facility);
    const code = cell(fields.facilityCode);
    const city = cell(fields.city);
    let extra: Record<string, string> | null = null;
    for (const { h, i } of extraColumns) {
      const value = cell(i);
      if (value !== null) (extra ??= {})[h] = value;
    }
    return {
      problemBeforeDate,
      problemAfterDate: rawState !== null && state === null ? 'state unknown' : null,
      facility:
        facilityName === null && city === null && code === null
          ? null
          : { name: facilityName ?? '', code, city, state },
      state,
      form: cell(fields.form),
      liftReason: cell(fields.liftReason),
      liftReasonCode: cell(fields.liftReasonCode),
      personKey: cell(fields.personKey),
      dimensions: hasDimensions
        ? {
            aor: cell(fields.aor),
            citizenship: cell(fields.citizenship),
            criminality: cell(fields.criminality),
            mscCharge: cell(fields.mscCharge),
            mscChargeCode: cell(fields.mscChargeCode),
          }
        : NO_DIMENSIONS,
      extra,
    };
  };

  return {
    columns: header.map((h, i) => h.trim() || `column ${i + 1}`),
    layout,
    splitColumns: fields.preparedDate < 0 ? null : { date: fields.preparedDate, person: fields.personKey },
    dateCell,
    rest,
    personOf: valueOf,
    parse({ line, cells }) {
      const other = rest(cells, null);
      if (other.problemBeforeDate !== null) return reject(line, other.problemBeforeDate);
      const date = dateCell(fields.preparedDate >= 0 ? cells[fields.preparedDate] : undefined);
      if (!date.ok) return reject(line, date.reason);
      if (other.problemAfterDate !== null) return reject(line, other.problemAfterDate);
      return { ok: true, record: recordOf(line, date, other) };
    },
  };
}

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
    ...(rest.liftReasonCode !== null ? { liftReasonCode: rest.liftReasonCode } : {}),
    outcome: outcomeOf(rest.liftReason),
    personKey: rest.personKey,
    dimensions: rest.dimensions,
    extra: rest.extra,
  };
}

function reject(line: number, reason: string): ParsedRow {
  return { ok: false, problem: { line, reason } };
}
