import { beforeAll, expect, it } from 'vitest';
import { describeEachEngine } from '../support/engines.js';
import { bearer, buildTestApp, DEMO, tokenFor, type TestApp } from '../support/test-app.js';

const HEADER =
  'federalReference,form,formEdition,warrant,probableCause,issuedAt,receivedAt,issuingOffice,facilityId,subjectReference,subjectFullName,subjectBirthDate,subjectANumber';
const ALAMEDA_FACILITY = '00000000-0000-4000-9000-000000000001';

/** A CSV file of `n` valid requests with references unique to this run. */
function csvFile(prefix: string, n: number, edit: (cells: string[], i: number) => void = () => {}): string {
  const rows = Array.from({ length: n }, (_, i) => {
    const cells = [
      `${prefix}-${i + 1}`,
      'I-247A',
      '2017-02',
      'administrative',
      'biometric-database;statements',
      '2026-11-28T09:00:00-08:00',
      '2026-11-28T09:30:00-08:00',
      'ERO San Francisco (test)',
      i === 0 ? ALAMEDA_FACILITY : '',
      `BK-${prefix}-${i + 1}`,
      `"Bulk Person ${i + 1}, Jr."`,
      '1990-02-03',
      'A123456789',
    ];
    edit(cells, i);
    return cells.join(',');
  });
  return `${HEADER}\n${rows.join('\n')}\n`;
}

describeEachEngine('bulk intake from CSV over HTTP', ({ database }) => {
  let t: TestApp;
  let officer: string;
  let auditor: string;

  beforeAll(async () => {
    t = await buildTestApp(database());
    officer = await tokenFor(t.services, DEMO.alameda('records-officer'));
    auditor = await tokenFor(t.services, DEMO.alameda('auditor'));
  });

  const upload = (body: string, token = officer, type = 'text/csv; charset=utf-8') =>
    t.app.inject({
      method: 'POST',
      url: '/api/v1/detainers/import',
      headers: { ...bearer(token), 'content-type': type },
      payload: body,
    });
  const total = async () =>
    (await t.app.inject({ method: 'GET', url: '/api/v1/detainers?limit=1', headers: bearer(officer) })).json()
      .total as number;
  const prefix = () => `CSV-${Math.random().toString(36).slice(2, 8)}`;

  it('creates one request per row, and a second upload of the same file creates nothing', async () => {
    const file = csvFile(prefix(), 5);
    const before = await total();
    const first = await upload(file);
    expect(first.statusCode, first.body).toBe(200);
    const report = first.json();
    expect(report).toMatchObject({ created: 5, alreadyLogged: 0, invalid: 0 });
    expect(report.rows.map((r: { line: number; outcome: string }) => [r.line, r.outcome])).toEqual([
      [2, 'created'],
      [3, 'created'],
      [4, 'created'],
      [5, 'created'],
      [6, 'created'],
    ]);
    expect(await total()).toBe(before + 5);

    const created = await t.app.inject({
      method: 'GET',
      url: `/api/v1/detainers/${report.rows[0].id}`,
      headers: bearer(officer),
    });
    expect(created.json()).toMatchObject({
      facilityId: ALAMEDA_FACILITY,
      probableCause: ['biometric-database', 'statements'],
      subject: { fullName: 'Bulk Person 1, Jr.', aNumber: 'A123456789' },
      status: 'pending',
    });

    const again = await upload(file);
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({ created: 0, alreadyLogged: 5, invalid: 0 });
    expect(
      again
        .json()
        .rows.every((r: { outcome: string; id?: string }) => r.outcome === 'already-logged' && r.id === undefined),
    ).toBe(true);
    expect(await total()).toBe(before + 5);
  });

  it('writes nothing when one row is invalid, and names its line and field without the value', async () => {
    const file = csvFile(prefix(), 4, (cells, i) => {
      if (i === 2) cells[12] = 'B-SECRET-77';
    });
    const before = await total();
    const res = await upload(file);
    expect(res.statusCode).toBe(422);
    const error = res.json().error;
    expect(error.code).toBe('INTAKE.INVALID_ROWS');
    expect(error.message).toBe('1 of 4 rows are invalid; nothing was written.');
    expect(error.details).toMatchObject({ created: 0, alreadyLogged: 0, invalid: 1, valid: 3 });
    expect(error.details.omitted).toBeUndefined();
    // A refused file's report lists its invalid rows; the valid ones are counted.
    expect(error.details.rows).toHaveLength(1);
    expect(error.details.rows[0]).toEqual({
      line: 4,
      federalReference: expect.stringMatching(/-3$/),
      outcome: 'invalid',
      errors: [{ field: 'subjectANumber', problem: expect.any(String), kind: 'aNumber' }],
    });
    expect(res.body).not.toContain('B-SECRET-77');
    expect(res.body).not.toContain('Bulk Person');
    expect(await total()).toBe(before);
  });

  it('names every problem of a row: each bad column, and every intake check on a row whose cells parse', async () => {
    const p = prefix();
    const file = csvFile(p, 3, (cells, i) => {
      if (i === 0) {
        // Ten bad columns in one row, one of them a list of bad bases.
        cells[0] = '';
        cells[1] = 'I-999';
        cells[2] = 'someday';
        cells[3] = 'maybe';
        cells[4] = Array.from({ length: 20 }, (_, j) => `hunch-${j}`).join(';');
        cells[5] = 'soon';
        cells[6] = 'later';
        cells[8] = 'not-a-facility';
        cells[11] = '1990-13-45';
        cells[12] = 'B-SECRET-77';
      }
      if (i === 1) {
        // Cells that parse, with three problems only the intake checks see.
        cells[2] = '2015';
        cells[6] = '2099-01-01T00:00:00-08:00';
        cells[11] = '2090-01-01';
      }
    });
    const res = await upload(file);
    expect(res.statusCode).toBe(422);
    const rows = res.json().error.details.rows as Array<{ line: number; errors: Array<{ field: string }> }>;
    expect(rows.map((r) => [r.line, r.errors.map((e) => e.field)])).toEqual([
      [
        2,
        [
          'federalReference',
          'form',
          'formEdition',
          'warrant',
          'probableCause',
          'issuedAt',
          'receivedAt',
          'facilityId',
          'subjectBirthDate',
          'subjectANumber',
        ],
      ],
      [3, ['formEdition', 'receivedAt', 'subjectBirthDate']],
    ]);
    expect(res.body).not.toMatch(/I-999|someday|maybe|hunch|soon|later|B-SECRET-77|1990-13-45|Bulk Person/);
  });

  it('requires a federal reference on every row, and refuses one repeated in the file', async () => {
    const p = prefix();
    const res = await upload(
      csvFile(p, 3, (cells, i) => {
        if (i === 1) cells[0] = '';
        if (i === 2) cells[0] = `${p}-1`;
      }),
    );
    expect(res.statusCode).toBe(422);
    expect(
      res.json().error.details.rows.map((r: { outcome: string; errors?: unknown }) => [r.outcome, r.errors]),
    ).toEqual([
      ['invalid', [{ field: 'federalReference', problem: 'is required in bulk intake', kind: 'required' }]],
      [
        'invalid',
        [{ field: 'federalReference', problem: 'repeats the federal reference of line 2', kind: 'duplicate' }],
      ],
    ]);
  });

  it('mixes new and already logged rows: creates the new, skips the logged', async () => {
    const p = prefix();
    await upload(csvFile(p, 2));
    const res = await upload(csvFile(p, 4));
    expect(res.statusCode).toBe(200);
    expect(res.json().rows.map((r: { outcome: string }) => r.outcome)).toEqual([
      'already-logged',
      'already-logged',
      'created',
      'created',
    ]);
  });

  it('a dry run reports every row (valid, already logged, invalid with each problem) and writes nothing; the upload then does what it said', async () => {
    const p = prefix();
    await upload(csvFile(p, 1));
    const file = csvFile(p, 4, (cells, i) => {
      if (i === 2) {
        cells[1] = 'I-999';
        cells[12] = 'B-SECRET-77';
      }
    });
    const dry = (body: string, token = officer) =>
      t.app.inject({
        method: 'POST',
        url: '/api/v1/detainers/import?dryRun=true',
        headers: { ...bearer(token), 'content-type': 'text/csv' },
        payload: body,
      });
    const before = await total();
    const checked = await dry(file);
    expect(checked.statusCode, checked.body).toBe(200);
    expect(checked.json()).toEqual({
      dryRun: true,
      created: 0,
      alreadyLogged: 1,
      invalid: 1,
      valid: 2,
      rows: [
        { line: 2, federalReference: `${p}-1`, outcome: 'already-logged' },
        { line: 3, federalReference: `${p}-2`, outcome: 'valid' },
        {
          line: 4,
          federalReference: `${p}-3`,
          outcome: 'invalid',
          errors: [
            { field: 'form', problem: expect.any(String), kind: 'oneOf', allowed: expect.any(Array) },
            { field: 'subjectANumber', problem: expect.any(String), kind: 'aNumber' },
          ],
        },
        { line: 5, federalReference: `${p}-4`, outcome: 'valid' },
      ],
    });
    expect(checked.body).not.toContain('B-SECRET-77');
    expect(await total()).toBe(before);

    // The valid file, checked then confirmed: the dry run said 1 skipped and 3 new, the upload does just that.
    const good = csvFile(p, 4);
    expect((await dry(good)).json()).toMatchObject({ alreadyLogged: 1, valid: 3, invalid: 0 });
    expect(await total()).toBe(before);
    const written = await upload(good);
    expect(written.statusCode).toBe(200);
    expect(written.json()).toMatchObject({ created: 3, alreadyLogged: 1, invalid: 0 });
    expect(written.json().dryRun).toBeUndefined();
    expect(await total()).toBe(before + 3);
    expect((await dry(good, auditor)).statusCode).toBe(403);
  });

  it('refuses another agency facility as an invalid row', async () => {
    const res = await upload(csvFile(prefix(), 1, (cells) => (cells[8] = '00000000-0000-4000-9000-000000000002')));
    expect(res.statusCode).toBe(422);
    expect(res.json().error.details.rows[0].errors).toEqual([
      { field: 'facilityId', problem: 'names no facility of your agency', kind: 'notOurFacility' },
    ]);
  });

  it('answers 415 to another content type, 400 to a bad header or malformed CSV, 413 past the body limit, 403 to an auditor', async () => {
    const json = await t.app.inject({
      method: 'POST',
      url: '/api/v1/detainers/import',
      headers: bearer(officer),
      payload: { rows: [] },
    });
    expect(json.statusCode).toBe(415);
    expect(json.json().error).toMatchObject({
      code: 'REQUEST.UNSUPPORTED_MEDIA_TYPE',
      message: 'Send the file as text/csv.',
    });
    expect((await upload(csvFile(prefix(), 1), officer, 'text/plain')).statusCode).toBe(415);

    const badHeader = await upload('federalReference,form,issuedAt\nA,I-247A,2026-11-28T09:00:00Z\n');
    expect(badHeader.statusCode).toBe(400);
    expect(badHeader.json().error.details).toMatchObject({ field: 'header.subjectReference' });

    const malformed = await upload(`${HEADER}\nX,"I-247A"oops,\n`);
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().error.details.problem).toMatch(/^line 2: the CSV is malformed/);
    expect(malformed.body).not.toContain('oops');

    expect((await upload(`${HEADER}\n`)).json().error.details).toMatchObject({ field: 'body' });
    // The server's body limit applies (16 KiB in tests).
    const large = await upload(csvFile(prefix(), 200));
    expect(large.statusCode).toBe(413);
    expect(large.json().error.code).toBe('REQUEST.BODY_TOO_LARGE');
    expect((await upload(csvFile(prefix(), 1), auditor)).statusCode).toBe(403);
  });

  it('reports the line a row starts on when a quoted cell spans lines', async () => {
    const p = prefix();
    const file = csvFile(p, 2, (cells, i) => {
      if (i === 0) cells[7] = '"ERO\nSan Francisco"';
      if (i === 1) cells[1] = 'I-999';
    });
    const res = await upload(file);
    // The issuing office is one line of text, so the row with the line break is refused too; the
    // next row is reported at the line it starts on, after the two lines of the quoted cell.
    const rows = res.json().error.details.rows as { line: number; errors: { field: string }[] }[];
    expect(rows.map((r) => r.line)).toEqual([2, 4]);
    expect(rows[0]!.errors.map((e) => e.field)).toContain('issuingOffice');
  });
});

describeEachEngine('bulk intake of a large invalid file', ({ database }) => {
  let t: TestApp;
  let officer: string;
  const ROWS = 150_000;

  beforeAll(async () => {
    // The default body limit is 1 MB; this file is about 5 MB.
    t = await buildTestApp(database(), { bodyLimitBytes: 16 * 1024 * 1024 });
    officer = await tokenFor(t.services, DEMO.alameda('records-officer'));
  });

  it('answers 150,000 invalid rows with a capped report (100 rows in detail, exact counts) and writes nothing', async () => {
    // Three kinds of invalid row, in turn: an unknown form; no federal reference; an unknown form and no subject.
    const kinds = [
      (i: number) => `BIG-${i},I-999,2026-11-28T09:00:00-08:00,BK-${i}`,
      (i: number) => `,I-247A,2026-11-28T09:00:00-08:00,BK-${i}`,
      (i: number) => `BIG-${i},I-999,2026-11-28T09:00:00-08:00,`,
    ];
    const lines = ['federalReference,form,issuedAt,subjectReference'];
    for (let i = 0; i < ROWS; i++) lines.push(kinds[i % 3]!(i));
    const body = `${lines.join('\n')}\n`;
    const total = async () =>
      (await t.app.inject({ method: 'GET', url: '/api/v1/detainers?limit=1', headers: bearer(officer) })).json()
        .total as number;
    const before = await total();

    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/detainers/import',
      headers: { ...bearer(officer), 'content-type': 'text/csv' },
      payload: body,
    });
    expect(res.statusCode).toBe(422);
    expect(res.body.length).toBeLessThan(64 * 1024);
    const { error } = res.json<{
      error: {
        code: string;
        message: string;
        details: {
          rows: Array<{ line: number; outcome: string; errors: Array<{ field: string; problem: string }> }>;
          invalid: number;
          valid: number;
          created: number;
          omitted: { rows: number; byColumn: Record<string, number> };
        };
      };
    }>();
    expect(error.code).toBe('INTAKE.INVALID_ROWS');
    expect(error.message).toBe(
      `${ROWS} of ${ROWS} rows are invalid; nothing was written. The report lists the first 100 invalid rows; ` +
        `the other ${ROWS - 100} are counted by column in omitted.`,
    );
    const { details } = error;
    expect(details).toMatchObject({ invalid: ROWS, valid: 0, created: 0 });
    expect(details.rows.map((r) => r.line)).toEqual(Array.from({ length: 100 }, (_, i) => i + 2));
    expect(details.rows.every((r) => r.outcome === 'invalid')).toBe(true);
    // Each kind's columns, as its detailed rows name them (the third kind has two problems, both listed).
    const columnsOf = (kind: number) => [...new Set(details.rows[kind]!.errors.map((e) => e.field))].sort();
    expect(columnsOf(0)).toEqual(['form']);
    expect(columnsOf(1)).toEqual(['federalReference']);
    expect(columnsOf(2)).toEqual(['form', 'subjectReference']);
    // The omitted rows, counted exactly: rows 100.. of the file, by kind.
    const omittedOfKind = (kind: number) =>
      Array.from({ length: ROWS - 100 }, (_, j) => j + 100).filter((i) => i % 3 === kind).length;
    const expected: Record<string, number> = {};
    for (const kind of [0, 1, 2]) {
      for (const column of columnsOf(kind)) expected[column] = (expected[column] ?? 0) + omittedOfKind(kind);
    }
    expect(details.omitted).toEqual({ rows: ROWS - 100, byColumn: expected });
    expect(await total()).toBe(before);
  }, 180_000); // 150,000 rows parsed and checked: past a minute on the shared 2-core machine beside other files
});
