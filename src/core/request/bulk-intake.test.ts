import { describe, expect, it } from 'vitest';
import {
  checkHeader,
  checkRow,
  checkRows,
  decideIntake,
  INTAKE_COLUMNS,
  withProblems,
  type IntakeColumn,
} from './bulk-intake.js';

const NOW = new Date('2026-11-28T20:00:00Z');
const COLUMNS = [...INTAKE_COLUMNS];

function row(line: number, values: Partial<Record<IntakeColumn, string>>, columns: readonly IntakeColumn[] = COLUMNS) {
  const base: Partial<Record<IntakeColumn, string>> = {
    federalReference: `FR-${line}`,
    form: 'I-247A',
    formEdition: '2017-02',
    warrant: 'administrative',
    probableCause: 'biometric-database;statements',
    issuedAt: '2026-11-28T09:00:00-08:00',
    receivedAt: '2026-11-28T09:30:00-08:00',
    issuingOffice: 'ERO Test',
    facilityId: '',
    subjectReference: `BK-${line}`,
    subjectFullName: 'Person Secretname',
    subjectBirthDate: '1990-02-03',
    subjectANumber: 'A123456789',
    ...values,
  };
  return { line, cells: columns.map((c) => base[c] ?? '') };
}

describe('bulk intake: the header', () => {
  it('accepts the documented columns in any order', () => {
    expect(checkHeader([...COLUMNS].reverse()).ok).toBe(true);
    expect(checkHeader([' federalReference', 'form', 'issuedAt', 'subjectReference ']).ok).toBe(true);
  });

  it('refuses unknown, repeated and missing required columns, naming them', () => {
    const unknown = checkHeader(['federalReference', 'form', 'issuedAt', 'subjectReference', 'nickname']);
    expect(!unknown.ok && unknown.error.details).toMatchObject({
      field: 'header.5',
      kind: 'unknownColumn',
      allowed: expect.arrayContaining(['federalReference']),
    });
    const repeated = checkHeader(['federalReference', 'form', 'form', 'issuedAt', 'subjectReference']);
    expect(!repeated.ok && repeated.error.details).toMatchObject({
      field: 'header.form',
      problem: 'appears more than once',
      kind: 'repeatedColumn',
    });
    const missing = checkHeader(['form', 'issuedAt', 'subjectReference']);
    expect(!missing.ok && missing.error.details).toMatchObject({
      field: 'header.federalReference',
      kind: 'missingColumn',
    });
  });
});

describe('bulk intake: a row', () => {
  it('becomes the same intake request the API takes, with the bases split on semicolons', () => {
    const checked = checkRow(COLUMNS, row(2, {}), NOW);
    expect(checked.errors).toEqual([]);
    expect(checked.input).toEqual({
      form: 'I-247A',
      formEdition: '2017-02',
      warrant: 'administrative',
      probableCause: ['biometric-database', 'statements'],
      issuedAt: '2026-11-28T09:00:00-08:00',
      receivedAt: '2026-11-28T09:30:00-08:00',
      issuingOffice: 'ERO Test',
      federalReference: 'FR-2',
      facilityId: undefined,
      subject: { reference: 'BK-2', fullName: 'Person Secretname', birthDate: '1990-02-03', aNumber: 'A123456789' },
    });
  });

  it('takes empty cells as absent: only the required columns need a value', () => {
    const columns: IntakeColumn[] = ['federalReference', 'form', 'issuedAt', 'subjectReference', 'subjectFullName'];
    const checked = checkRow(columns, row(2, { subjectFullName: '' }, columns), NOW);
    expect(checked.errors).toEqual([]);
    expect(checked.input?.subject).toEqual({
      reference: 'BK-2',
      fullName: undefined,
      birthDate: undefined,
      aNumber: undefined,
    });
  });

  it('requires a federal reference in bulk intake', () => {
    const checked = checkRow(COLUMNS, row(3, { federalReference: ' ' }), NOW);
    expect(checked.input).toBeNull();
    expect(checked.errors).toEqual([
      { field: 'federalReference', problem: 'is required in bulk intake', kind: 'required' },
    ]);
  });

  it('names every bad column by its header name, and never repeats a value', () => {
    const checked = checkRow(
      COLUMNS,
      row(4, { form: 'I-999', warrant: 'maybe', probableCause: 'statements;hunch', subjectReference: '' }),
      NOW,
    );
    expect(checked.errors.map((e) => e.field)).toEqual(['form', 'warrant', 'probableCause', 'subjectReference']);
    expect(JSON.stringify(checked.errors)).not.toMatch(/I-999|maybe|hunch/);
  });

  it('names the problem of every bad column of a row, however many, in the order of the columns', () => {
    // Every column wrong, and a cell with many bad entries: none of them may hide another column.
    const bases = Array.from({ length: 30 }, (_, i) => `hunch-${i}`).join(';');
    const everything = row(4, {
      federalReference: 'R'.repeat(65),
      form: 'I-999',
      formEdition: 'someday',
      warrant: 'maybe',
      probableCause: bases,
      issuedAt: 'soon',
      receivedAt: 'later',
      issuingOffice: 'O'.repeat(201),
      facilityId: 'not-a-facility',
      subjectReference: '',
      subjectFullName: 'N'.repeat(201),
      subjectBirthDate: '1990-13-45',
      subjectANumber: 'B12',
      documentSha256: 'not-a-digest',
      documentMediaType: 'text/plain',
      documentBytes: '-3',
    });
    const checked = checkRow([...COLUMNS].reverse(), { ...everything, cells: [...everything.cells].reverse() }, NOW);
    expect(checked.input).toBeNull();
    expect(checked.errors.map((e) => e.field)).toEqual([...COLUMNS].reverse());
    expect(JSON.stringify(checked.errors)).not.toMatch(/I-999|maybe|hunch|someday|soon|later|B12|1990-13-45/);
  });

  it('names every problem the intake checks find on a row whose cells all parse', () => {
    const checked = checkRow(
      COLUMNS,
      row(5, {
        formEdition: '2015',
        receivedAt: '2027-01-01T00:00:00Z',
        subjectBirthDate: '2030-01-01',
        subjectANumber: 'A1234 567',
      }),
      NOW,
    );
    expect(checked.errors).toEqual([
      {
        field: 'formEdition',
        problem: 'is not an edition of I-247A (its editions: 2017-02)',
        kind: 'edition',
        allowed: ['2017-02'],
      },
      { field: 'receivedAt', problem: 'is in the future', kind: 'future' },
      { field: 'subjectBirthDate', problem: 'must be a past date written YYYY-MM-DD', kind: 'birthDate' },
      { field: 'subjectANumber', problem: 'must be an A-number: A followed by 8 or 9 digits', kind: 'aNumber' },
    ]);
  });

  it('applies the intake checks: instants, dates and A-numbers, naming the column without the value', () => {
    const late = checkRow(COLUMNS, row(5, { receivedAt: '2027-01-01T00:00:00Z' }), NOW);
    expect(late.errors).toEqual([{ field: 'receivedAt', problem: 'is in the future', kind: 'future' }]);
    const aNumber = checkRow(COLUMNS, row(6, { subjectANumber: 'B12' }), NOW);
    expect(aNumber.errors).toEqual([
      { field: 'subjectANumber', problem: expect.stringContaining('A-number'), kind: 'aNumber' },
    ]);
    const birth = checkRow(COLUMNS, row(7, { subjectBirthDate: '1990-02-30' }), NOW);
    expect(birth.errors[0]?.field).toBe('subjectBirthDate');
    expect(JSON.stringify([aNumber, birth].map((c) => c.errors))).not.toMatch(/B12|1990-02-30/);
  });

  it('refuses a row with more or fewer cells than the header', () => {
    const checked = checkRow(COLUMNS, { line: 8, cells: ['FR-8', 'I-247A'] }, NOW);
    expect(checked.errors).toEqual([
      {
        field: 'row',
        problem: `has 2 cells; the header has ${COLUMNS.length}`,
        kind: 'cellCount',
        limit: COLUMNS.length,
      },
    ]);
  });
});

describe('bulk intake: the file, all or nothing', () => {
  it('accepts a file whose rows are all valid', () => {
    const decision = decideIntake(checkRows(COLUMNS, [row(2, {}), row(3, {})], NOW));
    expect(decision.kind).toBe('accepted');
    expect(decision.kind === 'accepted' && decision.rows.map((r) => r.line)).toEqual([2, 3]);
  });

  it('refuses the whole file for one bad row, and reports the invalid rows, counting the valid ones', () => {
    const decision = decideIntake(checkRows(COLUMNS, [row(2, {}), row(3, { form: '' }), row(4, {})], NOW));
    expect(decision).toEqual({
      kind: 'refused',
      report: {
        rows: [
          {
            line: 3,
            federalReference: 'FR-3',
            outcome: 'invalid',
            errors: [{ field: 'form', problem: 'is required', kind: 'required' }],
          },
        ],
        created: 0,
        alreadyLogged: 0,
        invalid: 1,
        valid: 2,
      },
    });
  });

  it('details the first invalid rows only, and counts the others by column', () => {
    const rows = checkRows(
      COLUMNS,
      [
        row(2, { form: '' }),
        row(3, {}),
        row(4, { form: '', subjectReference: '' }),
        row(5, { subjectReference: '' }),
        row(6, { form: '' }),
      ],
      NOW,
    );
    const decision = decideIntake(rows, 1);
    expect(decision.kind === 'refused' && decision.report).toEqual({
      rows: [
        {
          line: 2,
          federalReference: 'FR-2',
          outcome: 'invalid',
          errors: [{ field: 'form', problem: 'is required', kind: 'required' }],
        },
      ],
      created: 0,
      alreadyLogged: 0,
      invalid: 4,
      valid: 1,
      omitted: { rows: 3, byColumn: { form: 2, subjectReference: 2 } },
    });
  });

  it('refuses a federal reference repeated within the file, naming the first line', () => {
    const rows = checkRows(COLUMNS, [row(2, { federalReference: 'SAME' }), row(3, { federalReference: 'SAME' })], NOW);
    expect(rows[1]?.errors).toEqual([
      { field: 'federalReference', problem: 'repeats the federal reference of line 2', kind: 'duplicate' },
    ]);
    expect(decideIntake(rows).kind).toBe('refused');
  });

  it('adds problems found by the use case (a facility of another agency) to their rows', () => {
    const rows = withProblems(
      checkRows(COLUMNS, [row(2, {}), row(3, {})], NOW),
      new Map([[3, [{ field: 'facilityId', problem: 'x', kind: 'notOurFacility' as const }]]]),
    );
    const decision = decideIntake(rows);
    expect(decision.kind === 'refused' && decision.report.rows.map((r) => [r.line, r.outcome])).toEqual([
      [3, 'invalid'],
    ]);
  });
});

describe('bulk intake: the scanned document columns', () => {
  const SHA = 'a'.repeat(64);

  it('become the request’s document, the size read as a number', () => {
    const checked = checkRow(
      COLUMNS,
      row(2, { documentSha256: SHA, documentMediaType: 'application/pdf', documentBytes: '48213' }),
      NOW,
    );
    expect(checked.errors).toEqual([]);
    expect(checked.input?.document).toEqual({ sha256: SHA, mediaType: 'application/pdf', bytes: 48213 });
  });

  it('are optional: a row without them has no document', () => {
    expect(checkRow(COLUMNS, row(2, {}), NOW).input?.document).toBeUndefined();
  });

  it('name each bad cell by its column', () => {
    const checked = checkRow(
      COLUMNS,
      row(2, { documentSha256: SHA.toUpperCase(), documentMediaType: 'text/plain', documentBytes: '0' }),
      NOW,
    );
    expect(checked.errors.map((e) => e.field)).toEqual(['documentSha256', 'documentMediaType', 'documentBytes']);
  });

  it('name the missing cell when a digest comes without its media type and size', () => {
    const checked = checkRow(COLUMNS, row(2, { documentSha256: SHA }), NOW);
    expect(checked.input).toBeNull();
    expect(checked.errors.map((e) => e.field)).toEqual(expect.arrayContaining(['documentMediaType']));
  });
});
