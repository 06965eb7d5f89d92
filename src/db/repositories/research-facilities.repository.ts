import { sql, type Kysely } from 'kysely';
import type {
  FacilityName,
  FacilityReferenceEntry,
  FacilityReferenceStore,
  ResearchFacilityLister,
  ResearchFacilityListing,
} from '../../core/research/facility-reference.js';
import type { Database } from '../schema.js';
import { placeFromReference, writeBackPlaces, type ChangedFacility } from './research-facility-identity.js';

/** Rows per statement where one statement takes many (within both engines' limits on parameters). */
const ROWS_PER_STATEMENT = 500;

/**
 * Research facilities across releases (migration 0020): the facility reference list, the listing of
 * facilities with their spellings and records, and the spellings of given facilities.
 */
export class SqlResearchFacilitiesRepository implements FacilityReferenceStore, ResearchFacilityLister {
  constructor(private readonly db: Kysely<Database>) {}

  async replaceReference(entries: readonly FacilityReferenceEntry[]): Promise<{ facilitiesPlaced: number }> {
    return this.db.transaction().execute(async (trx) => {
      await trx.deleteFrom('research_facility_reference').execute();
      for (let start = 0; start < entries.length; start += ROWS_PER_STATEMENT) {
        await trx
          .insertInto('research_facility_reference')
          .values(
            entries.slice(start, start + ROWS_PER_STATEMENT).map((e) => ({
              code: e.code,
              name: e.name,
              city: e.city,
              state: e.state,
              county_fips: e.countyFips,
            })),
          )
          .execute();
      }
      // Coded facilities no release has placed (or given a county), with their reference entry.
      const unplaced = await trx
        .selectFrom('research_facilities as f')
        .innerJoin('research_facility_reference as r', 'r.code', 'f.code')
        .select(['f.id', 'f.city', 'f.state', 'f.county_fips'])
        .select(['r.city as listed_city', 'r.state as listed_state', 'r.county_fips as listed_county'])
        .where((eb) => eb.or([eb('f.state', 'is', null), eb('f.county_fips', 'is', null)]))
        .orderBy('f.id')
        .execute();
      const placed: ChangedFacility[] = [];
      for (const row of unplaced) {
        const facility = {
          id: Number(row.id),
          code: null,
          city: row.city,
          state: row.state,
          countyFips: row.county_fips,
          changed: false,
          learntState: false,
          learntCounty: false,
        };
        placeFromReference(facility, {
          city: row.listed_city,
          state: row.listed_state,
          county_fips: row.listed_county,
        });
        if (facility.changed) placed.push(facility);
      }
      await writeBackPlaces(trx, placed);
      return { facilitiesPlaced: placed.length };
    });
  }

  async facilityListing(filter: { readonly unmapped: boolean }): Promise<ResearchFacilityListing[]> {
    const counts = this.db
      .selectFrom('research_rollup_monthly')
      .select(['facility_id'])
      .select((eb) => [
        eb.fn.sum<number | string>('count').as('n'),
        eb.fn.count<number | string>(sql`distinct release_id`).as('releases'),
      ])
      .where('facility_id', '<>', 0)
      .groupBy('facility_id')
      .as('c');
    let query = this.db
      .selectFrom('research_facilities as f')
      .leftJoin(counts, 'c.facility_id', 'f.id')
      .select(['f.id', 'f.code', 'f.name', 'f.city', 'f.state', 'f.county_fips', 'c.n', 'c.releases'])
      .orderBy(sql`coalesce(c.n, 0)`, 'desc')
      .orderBy('f.id');
    if (filter.unmapped) query = query.where('f.county_fips', 'is', null);
    const rows = await query.execute();
    const names = await facilityNames(
      this.db,
      rows.map((r) => Number(r.id)),
    );
    return rows.map((r) => ({
      id: Number(r.id),
      code: r.code,
      name: r.name,
      city: r.city,
      state: r.state,
      countyFips: r.county_fips,
      rows: Number(r.n ?? 0),
      releases: Number(r.releases ?? 0),
      names: names.get(Number(r.id)) ?? [],
    }));
  }
}

/** Each facility's spellings, in the order first seen (by release, then as stored). */
export async function facilityNames(
  db: Kysely<Database>,
  ids: readonly number[],
): Promise<Map<number, FacilityName[]>> {
  const byId = new Map<number, FacilityName[]>();
  for (let start = 0; start < ids.length; start += ROWS_PER_STATEMENT) {
    const rows = await db
      .selectFrom('research_facility_names as n')
      .leftJoin('research_releases as r', 'r.id', 'n.first_release')
      .select(['n.facility_id', 'n.name', 'n.city', 'n.state', 'n.first_release', 'n.last_release'])
      .where('n.facility_id', 'in', ids.slice(start, start + ROWS_PER_STATEMENT))
      .orderBy('n.facility_id')
      .orderBy(sql`coalesce(r.key, 0)`)
      .orderBy('n.name')
      .orderBy(sql`coalesce(n.city, '')`)
      .orderBy(sql`coalesce(n.state, '')`)
      .execute();
    for (const r of rows) {
      const id = Number(r.facility_id);
      const list = byId.get(id) ?? [];
      list.push({
        name: r.name,
        city: r.city,
        state: r.state,
        firstRelease: r.first_release,
        lastRelease: r.last_release,
      });
      byId.set(id, list);
    }
  }
  return byId;
}
