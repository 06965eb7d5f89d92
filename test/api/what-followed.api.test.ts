/**
 * What the records say followed a declined detainer, through the import and the public statistics,
 * on both engines. The fixtures are SYNTHETIC: invented rows in a Deportation Data Project release's
 * column layout (pseudonymous keys P-A..P-F, no name, birth date or A-number), and six NPR-format rows.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { researchImportDeps } from '../../src/composition/research-import.js';
import { DUPLICATE_WINDOW_MS, importResearchRelease } from '../../src/core/research/import-release.js';
import { criminalityOf } from '../../src/core/research/criminality.js';
import { outcomeOf } from '../../src/core/research/outcomes.js';
import { fiscalYearOf } from '../../src/core/research/stats.js';
import { followRule, whatFollowed, type TraceableRecord } from '../../src/core/research/what-followed.js';
import { describeEachEngine } from '../support/engines.js';
import { buildTestApp, type TestApp } from '../support/test-app.js';

const HEADER = [
  'Detainer_Prepare_Date',
  'Detainer_Lift_Reason',
  'Detainer_Type',
  'Facility',
  'Facility_City',
  'Facility_State',
  'Unique_Identifier',
  'Detainer_Prepared_Criminality',
];
const DECLINED = 'Detainer Declined by LEA';
const JAIL = ['I-247A', 'SYNTHETIC CNTY JAIL', 'DOYLESTOWN', 'PA'];
/** [prepared, lift reason, person key ('' or a redaction: none), criminality]. */
const ROWS: [string, string, string, string][] = [
  ['2013-10-15T08:00:00', DECLINED, 'P-A', '3 Other Immigration Violator'], // FY2014; re-issued within 24 h, then booked
  ['2013-10-15T20:00:00', DECLINED, 'P-A', '3 Other Immigration Violator'], // the re-issue (a likely duplicate)
  ['2014-03-01T09:00:00', 'Booked into Detention', 'P-A', '1 Convicted Criminal'],
  ['2014-02-01T09:00:00', DECLINED, 'P-B', '2 Pending Criminal Charges'], // declined again later
  ['2014-05-01T09:00:00', DECLINED, 'P-B', '2 Pending Criminal Charges'], // nothing after it
  ['2014-02-15T09:00:00', DECLINED, 'P-C', '1 Convicted Criminal'], // then lifted
  ['2014-06-01T09:00:00', 'Lifted', 'P-C', '1 Convicted Criminal'],
  ['2014-07-01T09:00:00', '', 'P-D', '3 Other Immigration Violator'], // file order: the later one first
  ['2014-03-03T09:00:00', DECLINED, 'P-D', '3 Other Immigration Violator'], // then pending
  ['2014-04-05T09:00:00', DECLINED, '(b)(6)', '1 Convicted Criminal'], // no person key: untraceable
  ['2014-01-01T09:00:00', 'Booked into Detention', 'P-F', '1 Convicted Criminal'], // not a decline
  ['2014-12-01T09:00:00', DECLINED, 'P-F', '1 Convicted Criminal'], // FY2015, nothing after it
];
const EXPECTED_BY_LINE: Record<number, string | null> = {
  2: 'later-transferred-to-ice',
  3: 'later-transferred-to-ice',
  4: null,
  5: 'later-declined-by-agency',
  6: 'no-later-detainer',
  7: 'later-lifted-by-ice',
  8: null,
  9: null,
  10: 'later-pending',
  11: 'untraceable',
  12: null,
  13: 'no-later-detainer',
};
const NPR = [
  'date,lift_reason,det_facility,city,state,detainer_type',
  `2014-02-03 00:00:00,${DECLINED},"SYNTHETIC CNTY JAIL, PA",DOYLESTOWN,PENNSYLVANIA,`,
  `2014-02-04 00:00:00,${DECLINED},"SYNTHETIC CNTY JAIL, PA",DOYLESTOWN,PENNSYLVANIA,`,
  '2014-02-05 00:00:00,Booked into Detention,"SYNTHETIC CNTY JAIL, PA",DOYLESTOWN,PENNSYLVANIA,',
].join('\n');

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'dd-followed-'));
  const rows = ROWS.map(([date, reason, person, criminality]) => [date, reason, ...JAIL, person, criminality]);
  writeFileSync(join(dir, 'ddp.csv'), `${[HEADER, ...rows].map((r) => r.map((c) => `"${c}"`).join(',')).join('\n')}\n`);
  writeFileSync(join(dir, 'npr.csv'), `${NPR}\n`);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The fixture as the pure rule reads it (line 1 is the header). */
function reference(): Map<number, string | null> {
  const records: TraceableRecord[] = ROWS.map(([date, reason, person], i) => ({
    line: i + 2,
    personKey: person.startsWith('P-') ? person : null,
    preparedAt: Date.parse(`${date}Z`),
    outcome: outcomeOf(reason),
  }));
  const rule = followRule(DUPLICATE_WINDOW_MS);
  return new Map(records.map((r) => [r.line, whatFollowed(r, records, rule)]));
}

describeEachEngine('what the records say followed a declined detainer', ({ database }) => {
  let t: TestApp;
  const get = async (url: string) => {
    const response = await t.app.inject({ method: 'GET', url });
    return { status: response.statusCode, body: response.json() as { rows: Record<string, unknown>[] } & object };
  };

  beforeAll(async () => {
    t = await buildTestApp(database());
    const deps = researchImportDeps(database(), { now: () => new Date('2026-01-02T03:04:05Z') });
    await importResearchRelease(deps, { dataset: 'ddp', path: join(dir, 'ddp.csv'), release: 'ddp-followed' });
    await importResearchRelease(deps, { dataset: 'npr', path: join(dir, 'npr.csv'), release: 'npr-followed' });
  });
  afterAll(async () => {
    await t?.app.close();
  });

  it('stores the category of every declined record, as the pure rule says, and never the person key', async () => {
    const rows = await database()
      .db.selectFrom('research_records')
      .innerJoin('research_releases', 'research_releases.key', 'research_records.release_key')
      .select(['line', 'followed', 'extra'])
      .where('research_releases.id', '=', 'ddp-followed')
      .orderBy('line')
      .execute();
    const stored = new Map(rows.map((r) => [r.line, r.followed]));
    expect(Object.fromEntries(stored)).toEqual(Object.fromEntries(reference()));
    expect(Object.fromEntries(stored)).toEqual(EXPECTED_BY_LINE);
    const text = JSON.stringify(rows);
    for (const key of ['P-A', 'P-B', 'P-C', 'P-D', 'P-F']) expect(text).not.toContain(key);
  });

  it('counts declines by fiscal year and what followed, from the rollup', async () => {
    const { status, body } = await get(
      '/api/v1/stats/detainers?groupBy=fiscalYear,followed&outcome=declined-by-agency&release=ddp-followed',
    );
    expect(status).toBe(200);
    const expected = new Map<string, number>();
    for (const [line, followed] of Object.entries(EXPECTED_BY_LINE)) {
      if (followed === null) continue;
      const key = `${fiscalYearOf(ROWS[Number(line) - 2]![0].slice(0, 7))}|${followed}`;
      expected.set(key, (expected.get(key) ?? 0) + 1);
    }
    expect(
      Object.fromEntries(body.rows.map((r) => [`${String(r.fiscalYear)}|${String(r.followed)}`, r.count])),
    ).toEqual(Object.fromEntries(expected));
    expect(body.rows.map((r) => r.followed)).toContain('untraceable');
  });

  it('days inside a month are counted from the records with the same categories', async () => {
    const { body } = await get(
      '/api/v1/stats/detainers?groupBy=followed&release=ddp-followed&from=2014-02-01&to=2014-03-05',
    );
    expect(body.rows).toEqual([
      { followed: 'later-declined-by-agency', count: 1 },
      { followed: 'later-lifted-by-ice', count: 1 },
      { followed: 'later-pending', count: 1 },
      { followed: null, count: 1 }, // the booking on 2014-03-01 is not a decline
    ]);
  });

  it('a release without person keys says its declines cannot be traced (not zero, not "nothing followed")', async () => {
    const { body } = await get('/api/v1/stats/detainers?groupBy=outcome,followed&release=npr-followed');
    expect(body.rows).toEqual([
      { outcome: 'declined-by-agency', followed: 'untraceable', count: 2 },
      { outcome: 'transferred-to-ice', followed: null, count: 1 },
    ]);
  });

  it('filters by what followed, and says which releases record criminality', async () => {
    const { body } = await get('/api/v1/stats/detainers?followed=no-later-detainer&groupBy=state');
    expect(body.rows).toEqual([{ state: 'PA', count: 2 }]);
    // The counts come from the release used for their months (issue 14: one per month); the list says, of
    // every release, whether it records criminality.
    const used = (body as unknown as { releases: { id: string; recordsCriminality: boolean }[] }).releases;
    expect(used.map((r) => [r.id, r.recordsCriminality])).toEqual([['ddp-followed', true]]);
    const list = (await get('/api/v1/stats/releases')).body as unknown as {
      releases: { id: string; recordsCriminality: boolean }[];
    };
    expect(list.releases.map((r) => [r.id, r.recordsCriminality])).toEqual([
      ['ddp-followed', true],
      ['npr-followed', false],
    ]);
  });

  it("stores and counts the person's criminality where the release records it, and only there", async () => {
    const rows = await database()
      .db.selectFrom('research_records')
      .innerJoin('research_releases', 'research_releases.key', 'research_records.release_key')
      .select(['line', 'criminality'])
      .where('research_releases.id', '=', 'ddp-followed')
      .orderBy('line')
      .execute();
    expect(rows.map((r) => r.criminality)).toEqual(ROWS.map(([, , , value]) => criminalityOf(value)));
    const { body } = await get('/api/v1/stats/detainers?groupBy=criminality&release=ddp-followed');
    expect(body.rows).toEqual([
      { criminality: 'convicted', count: 6 },
      { criminality: 'no-criminal-record', count: 4 },
      { criminality: 'pending-charges', count: 2 },
    ]);
    // Declines of people with no conviction, by what followed: both measures from one rollup.
    const declined = await get(
      '/api/v1/stats/detainers?groupBy=followed&outcome=declined-by-agency&criminality=no-criminal-record&release=ddp-followed',
    );
    expect(declined.body.rows).toEqual([
      { followed: 'later-pending', count: 1 },
      { followed: 'later-transferred-to-ice', count: 2 },
    ]);
    const npr = await get('/api/v1/stats/detainers?groupBy=criminality&release=npr-followed');
    expect(npr.body.rows).toEqual([{ criminality: null, count: 3 }]);
  });

  it('refuses an unknown category, naming the field', async () => {
    const { status, body } = await get('/api/v1/stats/detainers?followed=nothing');
    expect(status).toBe(400);
    expect(JSON.stringify(body)).toContain('followed');
  });
});
