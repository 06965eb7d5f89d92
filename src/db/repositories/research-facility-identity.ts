import { sql, type Transaction } from 'kysely';
import type { FacilityToStore, PlacedFacilityId } from '../../core/research/stored-release.js';
import type { Database } from '../schema.js';

/**
 * Facilities as stable identities (issue 14, point 6; migration 0020), inside an import's transaction:
 *
 * - a facility with ICE's code is found by its code, whatever a release calls it; a coded spelling
 *   whose (name, city, state) is exactly one uncoded facility's spelling adopts that facility (the same
 *   place, named before without its code);
 * - a facility without a code is found by (name, city, state) among every spelling stored (nulls
 *   equal nulls), else created;
 * - every spelling is kept in research_facility_names with the first and last release that gave it;
 * - a facility without a place takes the first this release gives it (or, for a county, the county of
 *   its city and state), else the facility reference's for its code; what it learns is given to the
 *   profiles and rollup cells of the releases imported before, which had none.
 */
export async function placeFacilities(
  trx: Transaction<Database>,
  facilities: readonly FacilityToStore[],
  release: string,
): Promise<PlacedFacilityId[]> {
  const known = await knownFacilities(trx, facilities);
  const ids = new Array<number>(facilities.length);

  // Coded spellings: by code, else adopting the one uncoded facility spelled exactly so, else new.
  const newCoded = new Map<string, number[]>();
  facilities.forEach((f, i) => {
    if (f.code === null) return;
    let facility = known.byCode.get(f.code);
    if (!facility) {
      const uncoded = known
        .spelledAs(f)
        .map((id) => known.byId.get(id)!)
        .filter((s) => s.code === null);
      if (uncoded.length === 1) {
        facility = uncoded[0]!;
        facility.code = f.code;
        facility.changed = true;
        known.byCode.set(f.code, facility);
      }
    }
    if (facility) ids[i] = facility.id;
    else newCoded.set(f.code, [...(newCoded.get(f.code) ?? []), i]);
  });
  await create(trx, known, facilities, ids, newCoded);
  facilities.forEach((f, i) => {
    if (f.code !== null) known.addSpelling(f, ids[i]!);
  });

  // Uncoded spellings: by (name, city, state) among every spelling, else new.
  const newUncoded = new Map<string, number[]>();
  facilities.forEach((f, i) => {
    if (f.code !== null) return;
    const candidates = known.spelledAs(f);
    if (candidates.length === 0) {
      const key = spellingKey(f);
      newUncoded.set(key, [...(newUncoded.get(key) ?? []), i]);
      return;
    }
    // Several facilities spelled alike (coded ones, say): the uncoded one of that spelling, else the first.
    const uncoded = candidates.find((id) => known.byId.get(id)!.code === null);
    ids[i] = uncoded ?? Math.min(...candidates);
  });
  await create(trx, known, facilities, ids, newUncoded);

  await placeWhereUnplaced(trx, known, facilities, ids);
  await keepSpellings(trx, known, facilities, ids, release);
  return ids.map((id) => {
    const f = known.byId.get(id)!;
    return { id, city: f.city, state: f.state, countyFips: f.countyFips };
  });
}

interface KnownFacility {
  readonly id: number;
  code: string | null;
  readonly name: string;
  city: string | null;
  state: string | null;
  countyFips: string | null;
  /** Set when the row must be written back (a code adopted, a place learnt). */
  changed: boolean;
  /** What it learnt in this import, to give the earlier releases' records. */
  learntState: boolean;
  learntCounty: boolean;
}

type Spelling = Pick<FacilityToStore, 'name' | 'city' | 'state'>;

/** A spelling as one text, nulls told apart from empty texts. */
function spellingKey(f: Spelling): string {
  return JSON.stringify([f.name, f.city, f.state]);
}

/** Rows per statement where one statement takes many (within both engines' limits on parameters). */
const ROWS_PER_STATEMENT = 500;

function chunks<T>(values: readonly T[], size = ROWS_PER_STATEMENT): T[][] {
  const out: T[][] = [];
  for (let start = 0; start < values.length; start += size) out.push(values.slice(start, start + size));
  return out;
}

/** The facilities stored with these codes or spelled with these names, and their spellings by key. */
async function knownFacilities(trx: Transaction<Database>, facilities: readonly FacilityToStore[]) {
  const byId = new Map<number, KnownFacility>();
  const byCode = new Map<string, KnownFacility>();
  const spellings = new Map<string, Set<number>>();
  const existingSpellings = new Set<string>();
  const keep = (row: {
    id: number | string;
    code: string | null;
    name: string;
    city: string | null;
    state: string | null;
    county_fips: string | null;
  }) => {
    const id = Number(row.id);
    let f = byId.get(id);
    if (!f) {
      f = {
        id,
        code: row.code,
        name: row.name,
        city: row.city,
        state: row.state,
        countyFips: row.county_fips,
        changed: false,
        learntState: false,
        learntCounty: false,
      };
      byId.set(id, f);
      if (f.code !== null) byCode.set(f.code, f);
    }
    return f;
  };
  const addSpelling = (s: Spelling, id: number) => {
    const key = spellingKey(s);
    const set = spellings.get(key) ?? new Set<number>();
    set.add(id);
    spellings.set(key, set);
  };
  const columns = ['id', 'code', 'name', 'city', 'state', 'county_fips'] as const;

  const codes = [...new Set(facilities.map((f) => f.code).filter((c): c is string => c !== null))];
  for (const chunk of chunks(codes)) {
    const rows = await trx.selectFrom('research_facilities').select(columns).where('code', 'in', chunk).execute();
    rows.forEach(keep);
  }
  const names = [...new Set(facilities.map((f) => f.name))];
  for (const chunk of chunks(names)) {
    // A facility's own (first) spelling counts even without a row of spellings (one stored by hand).
    const own = await trx.selectFrom('research_facilities').select(columns).where('name', 'in', chunk).execute();
    for (const row of own) addSpelling(row, keep(row).id);
    const spelled = await trx
      .selectFrom('research_facility_names as n')
      .innerJoin('research_facilities as f', 'f.id', 'n.facility_id')
      .select(['f.id', 'f.code', 'f.name', 'f.city', 'f.state', 'f.county_fips'])
      .select(['n.name as spelled_name', 'n.city as spelled_city', 'n.state as spelled_state'])
      .where('n.name', 'in', chunk)
      .execute();
    for (const row of spelled) {
      const spelling = { name: row.spelled_name, city: row.spelled_city, state: row.spelled_state };
      addSpelling(spelling, keep(row).id);
      existingSpellings.add(`${Number(row.id)} ${spellingKey(spelling)}`);
    }
  }
  return {
    byId,
    byCode,
    existingSpellings,
    keep,
    addSpelling,
    spelledAs: (s: Spelling) => [...(spellings.get(spellingKey(s)) ?? [])].sort((a, b) => a - b),
  };
}

type Known = Awaited<ReturnType<typeof knownFacilities>>;

/** Creates one facility per group of spellings (first spelling names it); sets their ids. */
async function create(
  trx: Transaction<Database>,
  known: Known,
  facilities: readonly FacilityToStore[],
  ids: number[],
  groups: ReadonlyMap<string, readonly number[]>,
): Promise<void> {
  for (const chunk of chunks([...groups.values()])) {
    const rows = await trx
      .insertInto('research_facilities')
      .values(
        chunk.map((indexes) => {
          const f = facilities[indexes[0]!]!;
          return { name: f.name, code: f.code, city: f.city, state: f.state, county_fips: f.countyFips };
        }),
      )
      .returning(['id', 'code', 'name', 'city', 'state', 'county_fips'])
      .execute();
    // Both engines return the inserted rows in the order given.
    rows.forEach((row, n) => {
      const f = known.keep(row);
      for (const i of chunk[n]!) ids[i] = f.id;
    });
  }
}

/**
 * Places the facilities of this release that have no place (state) or no county: from a spelling
 * here that gives one, else from the facility reference by code; writes back what changed and gives
 * the earlier releases' profiles and rollup cells of those facilities what they lacked.
 */
async function placeWhereUnplaced(
  trx: Transaction<Database>,
  known: Known,
  facilities: readonly FacilityToStore[],
  ids: readonly number[],
): Promise<void> {
  facilities.forEach((f, i) => {
    const facility = known.byId.get(ids[i]!)!;
    if (facility.state === null && f.state !== null) {
      Object.assign(facility, { city: f.city, state: f.state, changed: true, learntState: true });
      if (f.countyFips !== null) Object.assign(facility, { countyFips: f.countyFips, learntCounty: true });
    } else if (facility.countyFips === null && f.countyFips !== null && f.state === facility.state) {
      Object.assign(facility, { countyFips: f.countyFips, changed: true, learntCounty: true });
    }
  });

  const unplaced = [...new Set(ids)]
    .map((id) => known.byId.get(id)!)
    .filter((f) => f.code !== null && (f.state === null || f.countyFips === null));
  const codes = unplaced.map((f) => f.code!);
  const reference = new Map<string, { city: string | null; state: string | null; county_fips: string | null }>();
  for (const chunk of chunks(codes)) {
    const rows = await trx
      .selectFrom('research_facility_reference')
      .select(['code', 'city', 'state', 'county_fips'])
      .where('code', 'in', chunk)
      .execute();
    for (const row of rows) reference.set(row.code, row);
  }
  for (const facility of unplaced) {
    const listed = reference.get(facility.code!);
    if (listed) placeFromReference(facility, listed);
  }

  await writeBackPlaces(
    trx,
    [...known.byId.values()].filter((f) => f.changed),
  );
}

/** A facility placed by the facility reference: its place where it has none, its county where the states agree. */
export function placeFromReference(
  facility: Pick<KnownFacility, 'city' | 'state' | 'countyFips' | 'changed' | 'learntState' | 'learntCounty'>,
  listed: { city: string | null; state: string | null; county_fips: string | null },
): void {
  if (facility.state === null && listed.state !== null) {
    Object.assign(facility, { city: listed.city, state: listed.state, changed: true, learntState: true });
  }
  if (facility.countyFips === null && listed.county_fips !== null && listed.state === facility.state) {
    Object.assign(facility, { countyFips: listed.county_fips, changed: true, learntCounty: true });
  }
}

/** A facility whose row changed: a code adopted, a place learnt (which the earlier releases' records lack). */
export type ChangedFacility = Pick<
  KnownFacility,
  'id' | 'code' | 'city' | 'state' | 'countyFips' | 'learntState' | 'learntCounty'
>;

/** The temporary table of the facilities writeBackPlaces writes back, for set-based updates. */
const CHANGED = 'research_changed_facilities';

/**
 * Writes the changed facilities back, gives the place they learnt to the profiles and rollup cells
 * stored before without one (the monthly rollup and the facility rollup), and adds up again the
 * outcome-by-state rollup (which has no facility) of every release with records at a facility that
 * learnt its state. One statement per table for all of them, through a temporary table: per facility,
 * each update scanned its whole table (a release placing the 6,000 facilities of an earlier one that
 * gave none took 77 s to import, 3 s otherwise).
 */
export async function writeBackPlaces(
  trx: Transaction<Database>,
  facilities: readonly ChangedFacility[],
): Promise<void> {
  if (facilities.length === 0) return;
  const changed = sql.table(CHANGED);
  // Created in the transaction, so a failure takes it away with everything else.
  await sql`create temporary table ${changed} (
    facility_id integer primary key, code text, city text, state text, county_fips text,
    learnt_state integer not null, learnt_county integer not null
  )`.execute(trx);
  for (const chunk of chunks(facilities, ROWS_PER_STATEMENT / 5)) {
    const rows = chunk.map(
      (f) =>
        sql`(${f.id}, ${f.code}, ${f.city}, ${f.state}, ${f.countyFips}, ${f.learntState ? 1 : 0}, ${f.learntCounty ? 1 : 0})`,
    );
    await sql`insert into ${changed} (facility_id, code, city, state, county_fips, learnt_state, learnt_county)
      values ${sql.join(rows)}`.execute(trx);
  }
  // A code is adopted, never given up: coalesce keeps the stored one when the caller names none.
  await sql`update research_facilities set code = coalesce(c.code, research_facilities.code), city = c.city,
      state = c.state, county_fips = c.county_fips
    from ${changed} c where research_facilities.id = c.facility_id`.execute(trx);
  const learnt = [
    { column: 'state', flag: 'learnt_state' },
    { column: 'county_fips', flag: 'learnt_county' },
  ] as const;
  for (const { column, flag } of learnt) {
    // Profiles keep an unknown place as null (the monthly rollup reads them: migration 0023); the
    // facility rollup as ''.
    const unknown = [
      { table: 'research_profiles', where: sql`${sql.ref(`research_profiles.${column}`)} is null` },
      {
        table: 'research_rollup_facility_month',
        where: sql`${sql.ref(`research_rollup_facility_month.${column}`)} = ''`,
      },
    ];
    for (const { table, where } of unknown) {
      await sql`update ${sql.table(table)} set ${sql.ref(column)} = ${sql.ref(`c.${column}`)}
        from ${changed} c
        where ${sql.ref(`${table}.facility_id`)} = c.facility_id and ${sql.ref(`c.${flag}`)} = 1 and ${where}`.execute(
        trx,
      );
    }
  }
  await restateOutcomeRollup(trx);
  await sql`drop table ${changed}`.execute(trx);
}

/**
 * The outcome-by-state rollup (migrations 0018, 0022) of every release with records at the facilities
 * of CHANGED that learnt their state, added up again from the monthly rollup: their records moved from
 * the unknown state ('') to theirs.
 */
async function restateOutcomeRollup(trx: Transaction<Database>): Promise<void> {
  const rows = await sql<{ release_id: string }>`select distinct m.release_id from research_rollup_monthly m
    join ${sql.table(CHANGED)} c on c.facility_id = m.facility_id where c.learnt_state = 1`.execute(trx);
  for (const chunk of chunks(rows.rows.map((r) => r.release_id))) {
    await trx.deleteFrom('research_rollup_outcome_state').where('release_id', 'in', chunk).execute();
    await sql`insert into research_rollup_outcome_state (state, outcome, lift_reason, month, release_id, count)
      select state, outcome, lift_reason, month, release_id, sum(count) from research_rollup_monthly
      where release_id in (${sql.join(chunk.map((id) => sql`${id}`))})
      group by state, outcome, lift_reason, month, release_id`.execute(trx);
  }
}

/** Keeps each spelling of this release: new ones with this release as first and last, known ones' last. */
async function keepSpellings(
  trx: Transaction<Database>,
  known: Known,
  facilities: readonly FacilityToStore[],
  ids: readonly number[],
  release: string,
): Promise<void> {
  const fresh = new Map<string, { facility_id: number; name: string; city: string | null; state: string | null }>();
  const seen = new Map<string, { id: number; s: Spelling }>();
  facilities.forEach((f, i) => {
    const key = `${ids[i]!} ${spellingKey(f)}`;
    const s = { name: f.name, city: f.city, state: f.state };
    if (known.existingSpellings.has(key)) seen.set(key, { id: ids[i]!, s });
    else fresh.set(key, { facility_id: ids[i]!, ...s });
  });
  for (const chunk of chunks([...fresh.values()])) {
    await trx
      .insertInto('research_facility_names')
      .values(chunk.map((row) => ({ ...row, first_release: release, last_release: release })))
      .execute();
  }
  for (const chunk of chunks([...seen.values()], 200)) {
    const values = sql.join(
      chunk.map(({ id, s }) => sql`(cast(${id} as integer), ${s.name}, ${s.city ?? ''}, ${s.state ?? ''})`),
    );
    await sql`update research_facility_names set last_release = ${release}
      where (facility_id, name, coalesce(city, ''), coalesce(state, '')) in (values ${values})`.execute(trx);
  }
}
