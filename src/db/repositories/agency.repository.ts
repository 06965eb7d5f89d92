import type { Kysely, Selectable } from 'kysely';
import type { Agency, AgencyKind, Facility } from '../../core/agency/agency.js';
import type { AgencyRepository } from '../../core/agency/agency-repository.port.js';
import type { AgencyId, FacilityId } from '../../core/shared/ids.js';
import { flag, toFlag, toInstant } from '../codecs.js';
import type { AgenciesTable, Database } from '../schema.js';

export class SqlAgencyRepository implements AgencyRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async findById(id: AgencyId): Promise<Agency | undefined> {
    const row = await this.db.selectFrom('agencies').selectAll().where('id', '=', id).executeTakeFirst();
    return row && toAgency(row);
  }

  async list(): Promise<Agency[]> {
    return (await this.db.selectFrom('agencies').selectAll().orderBy('name').execute()).map(toAgency);
  }

  async insertIfAbsent(agency: Agency, createdAt: Date): Promise<'inserted' | 'exists'> {
    const result = await this.db
      .insertInto('agencies')
      .values({
        id: agency.id,
        name: agency.name,
        kind: agency.kind,
        state_code: agency.stateCode,
        county_fips: agency.countyFips,
        time_zone: agency.timeZone,
        ori: agency.ori,
        synthetic: toFlag(agency.synthetic),
        default_discretion: agency.discretion,
        created_at: toInstant(createdAt),
      })
      .onConflict((oc) => oc.column('id').doNothing())
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0) > 0 ? 'inserted' : 'exists';
  }

  async listFacilities(agencyId: AgencyId): Promise<Facility[]> {
    const rows = await this.db
      .selectFrom('facilities')
      .select(['id', 'agency_id', 'name'])
      .where('agency_id', '=', agencyId)
      .orderBy('name')
      .execute();
    return rows.map((r) => ({ id: r.id as FacilityId, agencyId: r.agency_id as AgencyId, name: r.name }));
  }

  async insertFacilityIfAbsent(facility: Facility, createdAt: Date): Promise<'inserted' | 'exists'> {
    const result = await this.db
      .insertInto('facilities')
      .values({ id: facility.id, agency_id: facility.agencyId, name: facility.name, created_at: toInstant(createdAt) })
      .onConflict((oc) => oc.column('id').doNothing())
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0) > 0 ? 'inserted' : 'exists';
  }
}

function toAgency(row: Selectable<AgenciesTable>): Agency {
  return {
    id: row.id as AgencyId,
    name: row.name,
    kind: row.kind as AgencyKind,
    stateCode: row.state_code,
    countyFips: row.county_fips,
    timeZone: row.time_zone,
    ori: row.ori,
    synthetic: flag(row.synthetic),
    discretion: row.default_discretion === 'decline' ? 'decline' : 'comply',
  };
}
