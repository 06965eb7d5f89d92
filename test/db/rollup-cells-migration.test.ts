/** Migration 0023: the monthly rollup becomes cells of the releases' profiles, read through a view of the same rows. */
import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { migrateToLatest, migrateUpTo } from '../../src/db/migrations/migrate.js';
import { describeEachEngine } from '../support/engines.js';
import { insertBareReleases } from '../support/bare-releases.js';
import { EVERY_MIGRATION } from '../support/migrations.js';

const MONTHLY_COLUMNS = [
  'release_id',
  'month',
  'state',
  'county_fips',
  'facility_id',
  'form',
  'lift_reason',
  'outcome',
  'count',
  'followed',
  'criminality',
  'aor',
  'citizenship',
  'conviction_category',
  'us_citizen',
] as const;

type MonthlyRow = Omit<Record<(typeof MONTHLY_COLUMNS)[number], string>, 'count' | 'facility_id' | 'us_citizen'> & {
  count: number;
  facility_id: number;
  us_citizen: number;
};

const row = (values: Partial<MonthlyRow>): MonthlyRow => ({
  release_id: 'older',
  month: '2014-01',
  state: 'PA',
  county_fips: '42091',
  facility_id: 1,
  form: 'I-247',
  lift_reason: 'Lifted',
  outcome: 'lifted-by-ice',
  count: 1,
  followed: '',
  criminality: '',
  aor: '',
  citizenship: '',
  conviction_category: '',
  us_citizen: 0,
  ...values,
});

describeEachEngine('migration 0023 (the monthly rollup as cells of the profiles)', ({ database }) => {
  it('keeps every row of the rollup, read through the view, and profiles the rows no profile has', async () => {
    await migrateUpTo(database(), '0022-research-outcome-state-lift-reason');
    const { db } = database();
    await insertBareReleases(db, [
      ['older', 1],
      ['newer', 2],
    ]);
    // The profiles as an import writes them: null for what the rollup keys as '' (and facility 0).
    const profile = (key: number, id: number, values: Record<string, string | number | null>) =>
      sql`insert into research_profiles (release_key, id, facility_id, state, county_fips, form, lift_reason, outcome,
        aor, citizenship, criminality, conviction_category, us_citizen)
        values (${key}, ${id}, ${values.facility_id ?? null}, ${values.state ?? null}, ${values.county_fips ?? null},
        ${values.form ?? null}, ${values.lift_reason ?? null}, ${values.outcome ?? 'pending'}, ${values.aor ?? null},
        ${values.citizenship ?? null}, ${values.criminality ?? null}, ${values.conviction_category ?? null},
        ${values.us_citizen ?? 0})`.execute(db);
    const lifted = {
      facility_id: 1,
      state: 'PA',
      county_fips: '42091',
      form: 'I-247',
      lift_reason: 'Lifted',
      outcome: 'lifted-by-ice',
    };
    await profile(1, 0, lifted);
    await profile(1, 1, { outcome: 'pending', citizenship: 'MEXICO', criminality: 'convicted' });
    await profile(1, 2, { ...lifted, lift_reason: 'Detainer Declined by LEA', outcome: 'declined-by-agency' });
    // Two profiles of equal values (the rollup cannot tell them apart): its cells go to one.
    await profile(1, 3, lifted);
    await profile(2, 0, { ...lifted, us_citizen: 1, lift_reason: 'USC or Presumptive Claim to US Citizenship' });
    const rows: MonthlyRow[] = [
      row({ count: 5 }),
      row({ month: '2014-02', count: 2 }),
      row({
        facility_id: 0,
        state: '',
        county_fips: '',
        form: '',
        lift_reason: '',
        outcome: 'pending',
        citizenship: 'MEXICO',
        criminality: 'convicted',
        count: 3,
      }),
      row({
        lift_reason: 'Detainer Declined by LEA',
        outcome: 'declined-by-agency',
        followed: 'untraceable',
        count: 4,
      }),
      row({ lift_reason: 'Detainer Declined by LEA', outcome: 'declined-by-agency', followed: 'booked', count: 1 }),
      // No profile of release 1 has these values: a profile is made for them.
      row({ state: 'NJ', county_fips: '', facility_id: 7, aor: 'NEW', count: 6 }),
      row({
        release_id: 'newer',
        us_citizen: 1,
        lift_reason: 'USC or Presumptive Claim to US Citizenship',
        count: 8,
      }),
    ];
    await db.insertInto('research_rollup_monthly').values(rows).execute();
    // A release research_releases does not list (none is left by an import or a deletion): dropped.
    await db
      .insertInto('research_rollup_monthly')
      .values([row({ release_id: 'gone', count: 9 })])
      .execute();

    expect(await migrateToLatest(database())).toEqual(
      EVERY_MIGRATION.slice(EVERY_MIGRATION.indexOf('0023-research-rollup-cells')),
    );
    const read = await db.selectFrom('research_rollup_monthly').select(MONTHLY_COLUMNS).execute();
    const normalised = (r: Record<string, unknown>) =>
      MONTHLY_COLUMNS.map((c) => (['count', 'facility_id', 'us_citizen'].includes(c) ? Number(r[c]) : r[c]));
    expect(read.map(normalised).sort()).toEqual(rows.map(normalised).sort());

    const profiles = await db
      .selectFrom('research_profiles')
      .select(['release_key', 'id', 'state', 'facility_id', 'aor', 'county_fips'])
      .orderBy('release_key')
      .orderBy('id')
      .execute();
    expect(
      profiles.map((p) => [Number(p.release_key), Number(p.id), p.state, p.facility_id, p.aor, p.county_fips]),
    ).toEqual([
      [1, 0, 'PA', 1, null, '42091'],
      [1, 1, null, null, null, null],
      [1, 2, 'PA', 1, null, '42091'],
      [1, 3, 'PA', 1, null, '42091'],
      [1, 4, 'NJ', 7, 'NEW', null],
      [2, 0, 'PA', 1, null, '42091'],
    ]);
    const cells = await db
      .selectFrom('research_rollup_cells')
      .select(['release_key', 'profile', 'month', 'followed', 'count'])
      .orderBy('release_key')
      .orderBy('profile')
      .orderBy('month')
      .orderBy('followed')
      .execute();
    expect(cells.map((c) => [Number(c.release_key), Number(c.profile), c.month, c.followed, Number(c.count)])).toEqual([
      [1, 0, '2014-01', '', 5],
      [1, 0, '2014-02', '', 2],
      [1, 1, '2014-01', '', 3],
      [1, 2, '2014-01', 'booked', 1],
      [1, 2, '2014-01', 'untraceable', 4],
      [1, 4, '2014-01', '', 6],
      [2, 0, '2014-01', '', 8],
    ]);
  });
});
