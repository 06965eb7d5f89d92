import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RecordRequests } from '../../src/core/research/replay-request.js';
import { replayHistory, type ReplayReport } from '../../src/core/research/replay.js';
import { openDatabase } from '../../src/db/connect.js';
import type { DatabaseHandle } from '../../src/db/engine.js';
import { migrateToLatest } from '../../src/db/migrations/migrate.js';
import { SqlResearchReplaySource } from '../../src/db/repositories/research-replay.repository.js';
import type { Services } from '../../src/composition/services.js';
import type { FastifyInstance } from 'fastify';
import { runCliInProcess as cli } from '../support/cli.js';
import { createTestDatabase, describeEachEngine } from '../support/engines.js';
import { insertResearchRecords } from '../support/research-records.js';
import { buildTestApp } from '../support/test-app.js';

const OUTCOMES = ['transferred-to-ice', 'declined-by-agency', 'lifted-by-ice', 'released', 'pending'] as const;
const RELEASE = 'test-pa-2013-2015';

interface Row {
  release_key: number;
  line: number;
  prepared_date: string;
  facility_id: null;
  state: string;
  county_fips: string;
  form: string | null;
  lift_reason: null;
  outcome: string;
  likely_duplicate: number;
  extra: null;
}

/**
 * 360 Pennsylvania records, ten a month from 2013 to 2015, and 12 from Ohio: the form is given on
 * half of them (I247 before the PEP rollout, I247D or one I247N a month after), none on the rest.
 */
function researchRows(): Row[] {
  const rows: Row[] = [];
  let line = 0;
  for (let month = 0; month < 36; month++) {
    const date = `${2013 + Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}-15`;
    const pep = date >= '2015-07-02';
    for (let i = 0; i < 10; i++) {
      const form = i % 2 === 1 ? null : !pep ? 'I247' : i === 0 ? 'I247N' : 'I247D';
      rows.push(row(++line, date, 'PA', i < 5 ? '42101' : '42003', form, OUTCOMES[(month + i) % OUTCOMES.length]!));
    }
  }
  for (let i = 0; i < 12; i++) rows.push(row(++line, '2014-06-01', 'OH', '39049', 'I247', 'released'));
  return rows;
}

function row(line: number, date: string, state: string, county: string, form: string | null, outcome: string): Row {
  return {
    release_key: 1,
    line,
    prepared_date: date,
    facility_id: null,
    state,
    county_fips: county,
    form,
    lift_reason: null,
    outcome,
    // Every 25th record flagged, as an import flags a second detainer of one person within 24 hours.
    likely_duplicate: line % 25 === 0 ? 1 : 0,
    extra: null,
  };
}

const ROWS = researchRows();
const PA = ROWS.filter((r) => r.state === 'PA');
const NOTIFY_ONLY = PA.filter((r) => r.form === 'I247N').length; // 6: one a month, July to December 2015

async function insertResearchRows(handle: DatabaseHandle): Promise<void> {
  await handle.db
    .insertInto('research_releases')
    .values({
      id: RELEASE,
      key: 1,
      dataset: 'test',
      source_file: 'generated.csv',
      sha256: '0'.repeat(64),
      imported_at: new Date('2026-01-01T00:00:00Z').toISOString(),
      rows_read: ROWS.length,
      rows_loaded: ROWS.length,
      rows_rejected: 0,
      report: '{}',
      first_prepared_date: ROWS.map((r) => r.prepared_date).sort()[0]!,
      last_prepared_date: ROWS.map((r) => r.prepared_date).sort()[ROWS.length - 1]!,
    } as never)
    .execute();
  await insertResearchRecords(handle.db, ROWS, 1);
}

const PA_2013_2015 = { from: '2013-01-01', to: '2015-12-31', filters: { state: 'PA' } };

describeEachEngine('replay of imported records', ({ database }) => {
  let app: FastifyInstance;
  let services: Services;

  beforeAll(async () => {
    ({ app, services } = await buildTestApp(database()));
    await insertResearchRows(database());
  });
  afterAll(async () => {
    await app.close();
  });

  const replay = async (body: Record<string, unknown>): Promise<ReplayReport> => {
    const result = await replayHistory(services.replay, body);
    if (!result.ok) throw new Error(result.error.message);
    return result.value;
  };

  it('under California law of 2018-01-01, assuming no record: every hold, notification and transfer forbidden', async () => {
    const report = await replay({ law: { state: 'CA' }, at: '2018-01-01', ...PA_2013_2015 });
    expect(report.records).toBe(PA.length);
    expect(report.likelyDuplicates).toBe(PA.filter((r) => r.likely_duplicate === 1).length);
    expect(report.likelyDuplicates).toBeGreaterThan(0);
    expect(report.law.rulesInForce).toContain('ca-gov-7284.6-a1b');
    expect(report.law.agencyKind).toBe('county-jail');
    expect(report.underLaw).toEqual({
      hold: { required: 0, permitted: 0, forbidden: PA.length - NOTIFY_ONLY, notAsked: NOTIFY_ONLY },
      notify: { required: 0, permitted: 0, forbidden: PA.length, notAsked: 0 },
      transfer: { required: 0, permitted: 0, forbidden: PA.length - NOTIFY_ONLY, notAsked: NOTIFY_ONLY },
      undecidable: {},
    });
    const actual = Object.fromEntries(OUTCOMES.map((o) => [o, PA.filter((r) => r.outcome === o).length]));
    expect(report.actual.byOutcome).toEqual({ ...actual, reissued: 0, other: 0 });
    // The report says what the data lacks and what was assumed in its place.
    expect(report.missingInData).toEqual(
      expect.arrayContaining(['subject.convictions', 'request.warrant', 'request.probableCause']),
    );
    const facts = report.assumptions.map((a) => a.fact);
    expect(facts).toEqual(
      expect.arrayContaining(['request.form', 'request.warrant', 'request.probableCause', 'agencyKind']),
    );
    expect(report.assumptions.find((a) => a.fact === 'request.form')!.assumed).toContain(
      `${PA.filter((r) => r.form !== null).length} of ${PA.length}`,
    );
    expect(report.assumptions.find((a) => a.fact === 'request.probableCause')!.assumed).toContain('final-order');
  });

  it('under California law with subject facts unknown: every record undecidable, naming the missing fact', async () => {
    const report = await replay({ law: { state: 'CA' }, at: '2018-01-01', ...PA_2013_2015, assumeRecord: 'unknown' });
    expect(report.underLaw.undecidable).toEqual({ 'missing fact subject.convictions': PA.length });
    expect(report.underLaw.hold).toEqual({ required: 0, permitted: 0, forbidden: 0, notAsked: 0 });
    expect(report.assumptions.find((a) => a.fact.startsWith('subject'))!.assumed).toMatch(/^unknown/);
  });

  it('under Texas law of 2017-09-01: everything asked is required', async () => {
    const report = await replay({ law: { state: 'TX', countyFips: '48201' }, at: '2017-09-01', ...PA_2013_2015 });
    expect(report.law.rulesInForce).toContain('tx-ccp-2.251');
    expect(report.underLaw.hold).toEqual({
      required: PA.length - NOTIFY_ONLY,
      permitted: 0,
      forbidden: 0,
      notAsked: NOTIFY_ONLY,
    });
    expect(report.underLaw.notify.required).toBe(PA.length);
    expect(report.underLaw.transfer.required).toBe(PA.length - NOTIFY_ONLY);
  });

  it('filters by period, county and release, and pages through every row once', async () => {
    const source = new SqlResearchReplaySource(database().db, database().engine, 7);
    const seen: number[] = [];
    for await (const page of source.pages({
      from: '2014-01-01',
      to: '2014-12-31',
      state: null,
      countyFips: null,
      release: RELEASE,
      includeReissues: false,
      periods: [{ release: RELEASE, from: '2014-01', to: '2014-12' }],
    }))
      seen.push(page.length);
    const expected = ROWS.filter((r) => r.prepared_date.startsWith('2014')).length;
    expect(seen.reduce((a, b) => a + b, 0)).toBe(expected);
    expect(Math.max(...seen)).toBe(7);
    const county = await replay({
      law: { state: 'CA' },
      at: '2018-01-01',
      from: '2013-01-01',
      to: '2013-12-31',
      filters: { countyFips: '42101' },
    });
    expect(county.records).toBe(60);
    const none = await replayHistory(services.replay, {
      law: { state: 'CA' },
      at: '2018-01-01',
      ...PA_2013_2015,
      filters: { release: 'nope' },
    });
    expect(none.ok ? null : none.error.message).toBe(`filters.release: is not an imported release; one of ${RELEASE}`);
  });

  it('POST /api/v1/replay answers the report, publicly, and names a bad field', async () => {
    const ok = await app.inject({
      method: 'POST',
      url: '/api/v1/replay',
      payload: { law: { state: 'CA' }, at: '2018-01-01', ...PA_2013_2015 },
    });
    expect(ok.statusCode).toBe(200);
    const report = ok.json<ReplayReport>();
    expect(report.underLaw.hold.forbidden).toBe(PA.length - NOTIFY_ONLY);
    expect(report.assumptions.length).toBeGreaterThan(3);
    expect(report.missingInData).toContain('subject.convictions');

    const bad = await app.inject({
      method: 'POST',
      url: '/api/v1/replay',
      payload: { law: { state: 'CA' }, at: '2018-13-01', from: '2013-01-01', to: '2015-12-31' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ error: { code: 'REQUEST.INVALID_FIELD', details: { field: 'at' } } });
    const extra = await app.inject({
      method: 'POST',
      url: '/api/v1/replay',
      payload: { law: { state: 'CA' }, at: '2018-01-01', from: '2013-01-01', to: '2015-12-31', who: 1 },
    });
    expect(extra.json()).toMatchObject({ error: { details: { field: 'who' } } });
    const place = await app.inject({
      method: 'POST',
      url: '/api/v1/replay',
      payload: { law: { state: 'ZZ' }, at: '2018-01-01', from: '2013-01-01', to: '2015-12-31' },
    });
    expect(place.statusCode).toBe(422);
    expect(place.json()).toMatchObject({ error: { code: 'POLICY.UNKNOWN_PLACE' } });
  });
});

describeEachEngine('the replay CLI', ({ engine }) => {
  let env: Record<string, string>;
  let dir: string;
  let cleanup: () => Promise<void>;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'dd-cli-replay-'));
    let handle: DatabaseHandle;
    if (engine === 'sqlite') {
      const path = join(dir, 'desk.db');
      env = { DATABASE_URL: `sqlite:${path}` };
      handle = openDatabase({ engine: 'sqlite', path });
      cleanup = async () => {};
    } else {
      const database = await createTestDatabase('postgres');
      env = { DATABASE_URL: database.url };
      handle = database;
      cleanup = () => database.dispose();
    }
    await migrateToLatest(handle);
    await insertResearchRows(handle);
    if (engine === 'sqlite') await handle.close();
  });
  afterAll(async () => {
    await cleanup();
    rmSync(dir, { recursive: true, force: true });
  });

  const args = ['replay', '--law', 'CA', '--at', '2018-01-01', '--from', '2013-01-01', '--to', '2015-12-31'];

  it('prints the report as JSON', async () => {
    const run = await cli([...args, '--state', 'pa', '--json'], env);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as ReplayReport;
    expect(report.records).toBe(PA.length);
    expect(report.underLaw.notify.forbidden).toBe(PA.length);
    expect(report.law.place).toEqual({ state: 'CA', countyFips: null });
  });

  it('prints a table with the assumptions, and takes --assume-record', async () => {
    const run = await cli([...args, '--state', 'PA', '--assume-record', 'unknown'], env);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Replay of ${PA.length} records prepared 2013-01-01 to 2015-12-31 (state=PA)`);
    expect(run.stdout).toMatch(/hold\s+0\s+0\s+0\s+0/);
    expect(run.stdout).toContain(`missing fact subject.convictions: ${PA.length}`);
    expect(run.stdout).toContain('Assumed (the data does not say)');
    expect(run.stdout).toContain('request.warrant: none before 2017-04-02');
  });

  it('names a bad option and an unknown place by exit code', async () => {
    const bad = await cli(['replay', '--law', 'CA', '--at', 'soon', '--from', '2013-01-01', '--to', '2015-12-31'], env);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('at: must be a date');
    const place = await cli(
      ['replay', '--law', 'CA/48201', '--at', '2018-01-01', '--from', '2013-01-01', '--to', '2015-12-31'],
      env,
    );
    expect(place.code).toBe(3);
  });
});

describe('the request assumed for a record', () => {
  it('reads the NPR labels and the short codes, by the prepare date', () => {
    const requests = new RecordRequests();
    const label = 'I247 - Immigration Detainer - Notice of Action (as of March 2013)';
    expect(requests.resolve(label, '2014-03-01')).toMatchObject({
      form: 'I-247',
      formEdition: '2012-12',
      warrant: 'none',
    });
    expect(requests.resolve('I247D - Immigration Detainer - Request for Action', '2015-08-01')).toMatchObject({
      form: 'I-247D',
      formEdition: '2015',
    });
    expect(requests.resolve('I-247N', '2016-01-01')).toMatchObject({ form: 'I-247N' });
    expect(requests.resolve(null, '2015-07-02')).toMatchObject({ form: 'I-247D', warrant: 'none' });
    expect(requests.resolve(null, '2017-04-02')).toMatchObject({ form: 'I-247A', warrant: 'administrative' });
    expect(requests.resolve('Form 42', '2014-01-01')).toBeUndefined();
  });
});
