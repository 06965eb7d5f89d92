import { invalidField, type DomainError } from '../shared/errors.js';
import { err, ok, type Result } from '../shared/result.js';
import { fieldProblems, validateInput, type FieldProblem } from '../shared/validate-input.js';
import { validateNewDetainer, type NewDetainerInput } from './new-detainer.js';
import { NewDetainerSchema } from './new-detainer.schema.js';

/**
 * Bulk intake: a CSV file of detainer requests, one per row, logged all or nothing and idempotent
 * by federal reference. This module holds the rules and is pure; the adapter reads the CSV text
 * into a header and rows, and the use case (bulk-intake.use-cases.ts) writes.
 */

/** The columns of a bulk intake file, in the order the documentation lists them; any order is accepted. */
export const INTAKE_COLUMNS = [
  'federalReference',
  'form',
  'formEdition',
  'warrant',
  'probableCause',
  'issuedAt',
  'receivedAt',
  'issuingOffice',
  'facilityId',
  'subjectReference',
  'subjectFullName',
  'subjectBirthDate',
  'subjectANumber',
  'documentSha256',
  'documentMediaType',
  'documentBytes',
] as const;
export type IntakeColumn = (typeof INTAKE_COLUMNS)[number];

/** Columns every file must have (a row may still leave an optional cell empty). */
export const REQUIRED_COLUMNS: readonly IntakeColumn[] = ['federalReference', 'form', 'issuedAt', 'subjectReference'];

/** Separates the bases in the `probableCause` cell, e.g. `biometric-database;statements`. */
export const PROBABLE_CAUSE_SEPARATOR = ';';

/** One data row as read from the file: the line it starts on (1 = the header) and its cells. */
export interface IntakeRow {
  readonly line: number;
  readonly cells: readonly string[];
}

export type RowOutcome = 'created' | 'already-logged' | 'invalid' | 'valid';

export interface RowReport {
  readonly line: number;
  /** ICE's reference for the request (not personal data); null when the cell is empty or unusable. */
  readonly federalReference: string | null;
  /**
   * `created`, `already-logged` (skipped: a request with this reference is on file), `invalid`, or,
   * in a file refused because of other rows, `valid` (this row is fine but was not written).
   */
  readonly outcome: RowOutcome;
  readonly id?: string;
  readonly errors?: readonly FieldProblem[];
}

/** How many invalid rows a refused file's report lists in detail; the others are counted by column. */
export const DETAILED_INVALID_ROWS = 100;

/** The invalid rows beyond the detailed ones: how many, and how many have a problem in each column. */
export interface OmittedRows {
  readonly rows: number;
  /** Rows with a problem in each column (or "row"); a row with problems in two columns counts in both. */
  readonly byColumn: Readonly<Record<string, number>>;
}

export interface IntakeReport {
  /**
   * A written file: every row, created or already logged. A refused file: the first
   * DETAILED_INVALID_ROWS invalid rows, each with every problem found; valid rows are only counted.
   */
  readonly rows: readonly RowReport[];
  readonly created: number;
  readonly alreadyLogged: number;
  readonly invalid: number;
  /** A refused file: the rows that are fine but were not written. */
  readonly valid?: number;
  /** A refused file with more invalid rows than the report details: the rest, counted by column. */
  readonly omitted?: OmittedRows;
  /** A dry run (checked, nothing written): true. Its rows are valid, already-logged or invalid. */
  readonly dryRun?: boolean;
  /** A dry run of more rows than it lists: the rows counted but not listed. */
  readonly unlisted?: number;
}

/** A row after the checks: its request, or what is wrong with it. */
export interface CheckedRow {
  readonly line: number;
  readonly federalReference: string | null;
  readonly input: NewDetainerInput | null;
  readonly errors: readonly FieldProblem[];
}

/** The scanned request's fingerprint, one column per field (all three, or none). */
const DOCUMENT_COLUMNS = {
  sha256: 'documentSha256',
  mediaType: 'documentMediaType',
  bytes: 'documentBytes',
} as const satisfies Record<string, IntakeColumn>;

/** Where each field of the request comes from in the file, for errors that name the column. */
const COLUMN_OF_FIELD: Readonly<Record<string, IntakeColumn>> = {
  'subject.reference': 'subjectReference',
  'subject.fullName': 'subjectFullName',
  'subject.birthDate': 'subjectBirthDate',
  'subject.aNumber': 'subjectANumber',
  document: 'documentSha256',
  'document.sha256': 'documentSha256',
  'document.mediaType': 'documentMediaType',
  'document.bytes': 'documentBytes',
};

function columnOf(field: string): string {
  const base = field.replace(/\[\d+\]$/, '');
  return COLUMN_OF_FIELD[base] ?? base;
}

/** Checks the header row: known columns, each once, and the required ones present. */
export function checkHeader(header: readonly string[]): Result<IntakeColumn[], DomainError> {
  const columns = header.map((h) => h.trim());
  const seen = new Set<string>();
  for (const [i, column] of columns.entries()) {
    // A column name is the file's structure, not its data: it may be named in the error.
    if (!(INTAKE_COLUMNS as readonly string[]).includes(column)) {
      return err(
        invalidField(
          `header.${i + 1}`,
          `is not a known column (the columns are ${INTAKE_COLUMNS.join(', ')})`,
          'unknownColumn',
          { allowed: INTAKE_COLUMNS },
        ),
      );
    }
    if (seen.has(column)) return err(invalidField(`header.${column}`, 'appears more than once', 'repeatedColumn'));
    seen.add(column);
  }
  const missing = REQUIRED_COLUMNS.find((c) => !seen.has(c));
  if (missing) return err(invalidField(`header.${missing}`, 'is a required column and is missing', 'missingColumn'));
  return ok(columns as IntakeColumn[]);
}

/**
 * Checks rows one at a time, in file order, remembering federal references across rows: a
 * reference may appear only once in a file (the second row would be skipped as already logged,
 * hiding a mistake). Lets the use case check a large file in slices.
 */
export class RowChecker {
  private readonly firstLine = new Map<string, number>();

  constructor(
    private readonly columns: readonly IntakeColumn[],
    private readonly now: Date,
  ) {}

  check(row: IntakeRow): CheckedRow {
    const checked = checkRow(this.columns, row, this.now);
    const reference = checked.federalReference;
    if (reference === null) return checked;
    const first = this.firstLine.get(reference);
    if (first === undefined) {
      this.firstLine.set(reference, row.line);
      return checked;
    }
    const problem: FieldProblem = {
      field: 'federalReference',
      problem: `repeats the federal reference of line ${first}`,
      kind: 'duplicate',
    };
    return { ...checked, input: null, errors: [...checked.errors, problem] };
  }
}

/**
 * Turns one row into an intake request and checks it as `POST /detainers` would, plus the bulk
 * rule that every row names its federal reference (it is what makes a second upload harmless).
 * Every problem names its column; none repeats a value.
 */
export function checkRow(columns: readonly IntakeColumn[], row: IntakeRow, now: Date): CheckedRow {
  const cell = new Map<IntakeColumn, string>();
  columns.forEach((column, i) => {
    const value = (row.cells[i] ?? '').trim();
    if (value !== '') cell.set(column, value);
  });
  const federalReference = cell.get('federalReference') ?? null;
  const usableReference = federalReference !== null && federalReference.length <= 64 ? federalReference : null;
  // A row's problems in the order of the file's columns (a problem of the whole row last).
  const position = (field: string) => {
    const i = (columns as readonly string[]).indexOf(field);
    return i < 0 ? columns.length : i;
  };
  const invalid = (errors: FieldProblem[]): CheckedRow => ({
    line: row.line,
    federalReference: usableReference,
    input: null,
    errors: errors
      .map((e, i) => [e, i] as const)
      .sort(([a, i], [b, j]) => position(a.field) - position(b.field) || i - j)
      .map(([e]) => e),
  });

  if (row.cells.length !== columns.length) {
    return invalid([
      {
        field: 'row',
        problem: `has ${row.cells.length} cells; the header has ${columns.length}`,
        kind: 'cellCount',
        limit: columns.length,
      },
    ]);
  }
  const raw: Record<string, unknown> = {};
  for (const field of [
    'form',
    'formEdition',
    'warrant',
    'issuedAt',
    'receivedAt',
    'issuingOffice',
    'federalReference',
    'facilityId',
  ] as const) {
    const value = cell.get(field);
    if (value !== undefined) raw[field] = value;
  }
  const bases = cell.get('probableCause');
  if (bases !== undefined) {
    raw.probableCause = bases
      .split(PROBABLE_CAUSE_SEPARATOR)
      .map((b) => b.trim())
      .filter((b) => b !== '');
  }
  const subject: Record<string, string> = {};
  for (const [column, field] of [
    ['subjectReference', 'reference'],
    ['subjectFullName', 'fullName'],
    ['subjectBirthDate', 'birthDate'],
    ['subjectANumber', 'aNumber'],
  ] as const) {
    const value = cell.get(column);
    if (value !== undefined) subject[field] = value;
  }
  raw.subject = subject;
  const documentCells = Object.entries(DOCUMENT_COLUMNS).flatMap(([field, column]) => {
    const value = cell.get(column);
    if (value === undefined) return [];
    // A whole number of bytes is read as a number; anything else stays text for the schema to refuse.
    return [[field, field === 'bytes' && /^\d{1,15}$/.test(value) ? Number(value) : value] as const];
  });
  if (documentCells.length > 0) raw.document = Object.fromEntries(documentCells);

  const problems: FieldProblem[] = [];
  const add = (p: FieldProblem) => {
    if (!problems.some((q) => q.field === p.field && q.problem === p.problem)) problems.push(p);
  };
  if (federalReference === null)
    add({ field: 'federalReference', problem: 'is required in bulk intake', kind: 'required' });
  // The row is checked by the same schema as POST /detainers, then by the same semantic checks.
  const parsed = validateInput(NewDetainerSchema, raw);
  if (!parsed.ok) {
    // Every bad field is named (one problem per column: a list cell may have several bad entries),
    // in the file's column order; the header check has seen that every required column is there.
    const rank = (field: string) => {
      const at = columns.indexOf(field as IntakeColumn);
      return at < 0 ? columns.length : at;
    };
    const named = fieldProblems(parsed.error).map((p) => ({ ...p, field: columnOf(p.field) }));
    for (const p of [...named].sort((a, b) => rank(a.field) - rank(b.field))) {
      if (!problems.some((q) => q.field === p.field)) problems.push(p);
    }
    // A problem no single column shows (a scan's digest without its media type): as the schema names it.
    if (problems.length === 0) {
      for (const p of fieldProblems(parsed.error)) add({ ...p, field: columnOf(p.field) });
    }
    // Only a row whose cells all parse goes on to the semantic checks (they read the parsed values).
    return invalid(problems);
  }
  const valid = validateNewDetainer(parsed.value, now);
  if (!valid.ok) {
    for (const p of fieldProblems(valid.error)) add({ ...p, field: columnOf(p.field) });
  }
  if (problems.length > 0) return invalid(problems);
  return { line: row.line, federalReference: usableReference, input: parsed.value, errors: [] };
}

/**
 * Checks every row, and across rows: a federal reference may appear only once in a file (the
 * second row would be skipped as already logged, hiding a mistake).
 */
export function checkRows(columns: readonly IntakeColumn[], rows: readonly IntakeRow[], now: Date): CheckedRow[] {
  const checker = new RowChecker(columns, now);
  return rows.map((row) => checker.check(row));
}

/** Adds problems found outside the pure checks (e.g. a facility of another agency) to their rows. */
export function withProblems(
  rows: readonly CheckedRow[],
  extra: ReadonlyMap<number, readonly FieldProblem[]>,
): CheckedRow[] {
  return rows.map((row) => {
    const more = extra.get(row.line);
    return more && more.length > 0 ? { ...row, input: null, errors: [...row.errors, ...more] } : row;
  });
}

function summarise(rows: readonly RowReport[]): IntakeReport {
  return {
    rows,
    created: rows.filter((r) => r.outcome === 'created').length,
    alreadyLogged: rows.filter((r) => r.outcome === 'already-logged').length,
    invalid: rows.filter((r) => r.outcome === 'invalid').length,
  };
}

export type IntakeDecision =
  | { kind: 'refused'; report: IntakeReport }
  | { kind: 'accepted'; rows: Array<{ line: number; federalReference: string | null; input: NewDetainerInput }> };

/**
 * All or nothing, decided row by row (so that a large file can be decided in slices): if any row is
 * invalid, the file is refused and the report says which rows and fields are wrong: the first
 * `detailed` invalid rows with every problem, the rest counted by column (so that the answer stays
 * small whatever the file), and how many rows are valid (not written); otherwise every row is to be
 * written.
 */
export class IntakeDecider {
  private readonly listed: RowReport[] = [];
  private readonly byColumn = new Map<string, number>();
  private readonly accepted: Array<{ line: number; federalReference: string | null; input: NewDetainerInput }> = [];
  private invalid = 0;
  private rows = 0;

  constructor(private readonly detailed: number = DETAILED_INVALID_ROWS) {}

  /** Rows added so far. */
  get total(): number {
    return this.rows;
  }

  add(r: CheckedRow): void {
    this.rows++;
    if (r.input !== null) {
      if (this.invalid === 0)
        this.accepted.push({ line: r.line, federalReference: r.federalReference, input: r.input });
      return;
    }
    this.invalid++;
    this.accepted.length = 0;
    if (this.listed.length < this.detailed) {
      this.listed.push({ line: r.line, federalReference: r.federalReference, outcome: 'invalid', errors: r.errors });
      return;
    }
    const seen: string[] = [];
    for (const { field } of r.errors) {
      if (seen.includes(field)) continue;
      seen.push(field);
      this.byColumn.set(field, (this.byColumn.get(field) ?? 0) + 1);
    }
  }

  decide(): IntakeDecision {
    if (this.invalid === 0) return { kind: 'accepted', rows: this.accepted };
    const omitted = this.invalid - this.listed.length;
    return {
      kind: 'refused',
      report: {
        rows: this.listed,
        created: 0,
        alreadyLogged: 0,
        invalid: this.invalid,
        valid: this.rows - this.invalid,
        ...(omitted > 0
          ? {
              omitted: {
                rows: omitted,
                byColumn: Object.fromEntries([...this.byColumn.entries()].sort(([a], [b]) => (a < b ? -1 : 1))),
              },
            }
          : {}),
      },
    };
  }
}

/** The decision over a whole file at once (see IntakeDecider). */
export function decideIntake(rows: readonly CheckedRow[], detailed: number = DETAILED_INVALID_ROWS): IntakeDecision {
  const decider = new IntakeDecider(detailed);
  for (const row of rows) decider.add(row);
  return decider.decide();
}

/** The report of a written file: each row created (with its id) or skipped as already logged. */
export function writtenReport(
  rows: ReadonlyArray<{
    line: number;
    federalReference: string | null;
    outcome: 'created' | 'already-logged';
    id?: string;
  }>,
): IntakeReport {
  return summarise(rows.map((r) => ({ ...r })));
}

/** How many rows a dry run lists (each valid, already logged or invalid); the rest are counted. */
export const DRY_RUN_LISTED_ROWS = 1000;

/** References looked up at once when a dry run asks which are already on file. */
const LOOKUP_CHUNK = 500;

/**
 * A dry run of a bulk intake file: every row checked as for a real upload, and each valid row's
 * federal reference looked up, so that the report says what an upload would do (valid: would be
 * created; already-logged: would be skipped; invalid, with every problem found) and nothing is
 * written. The first `listed` rows are listed in file order; the counts cover every row.
 */
export class DryRunReport {
  private readonly rows: RowReport[] = [];
  private readonly validReferences: string[] = [];
  private invalid = 0;
  private total = 0;

  constructor(private readonly listed: number = DRY_RUN_LISTED_ROWS) {}

  add(r: CheckedRow): void {
    this.total++;
    if (r.input === null) this.invalid++;
    else if (r.federalReference !== null) this.validReferences.push(r.federalReference);
    if (this.rows.length >= this.listed) return;
    this.rows.push(
      r.input === null
        ? { line: r.line, federalReference: r.federalReference, outcome: 'invalid', errors: r.errors }
        : { line: r.line, federalReference: r.federalReference, outcome: 'valid' },
    );
  }

  /** The report, once `onFile` has said which of the valid rows' references are already logged. */
  async report(onFile: (references: readonly string[]) => Promise<readonly string[]>): Promise<IntakeReport> {
    const logged = new Set<string>();
    for (let i = 0; i < this.validReferences.length; i += LOOKUP_CHUNK) {
      for (const reference of await onFile(this.validReferences.slice(i, i + LOOKUP_CHUNK))) logged.add(reference);
    }
    const rows = this.rows.map((row): RowReport =>
      row.outcome === 'valid' && row.federalReference !== null && logged.has(row.federalReference)
        ? { ...row, outcome: 'already-logged' }
        : row,
    );
    const alreadyLogged = this.validReferences.filter((reference) => logged.has(reference)).length;
    return {
      rows,
      created: 0,
      alreadyLogged,
      invalid: this.invalid,
      valid: this.total - this.invalid - alreadyLogged,
      dryRun: true,
      ...(this.total > rows.length ? { unlisted: this.total - rows.length } : {}),
    };
  }
}
