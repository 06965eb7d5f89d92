import type { Kysely } from 'kysely';
import type { County, State, StateKind } from '../../core/place/place.js';
import type { PlaceRepository } from '../../core/place/place-repository.port.js';
import type { CountiesTable, Database, StatesTable } from '../schema.js';

export class SqlPlaceRepository implements PlaceRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async listStates(): Promise<State[]> {
    return (await this.db.selectFrom('states').selectAll().orderBy('name').execute()).map(toState);
  }

  async findState(code: string): Promise<State | undefined> {
    const row = await this.db.selectFrom('states').selectAll().where('code', '=', code).executeTakeFirst();
    return row && toState(row);
  }

  async listCounties(stateCode: string): Promise<County[]> {
    const rows = await this.db
      .selectFrom('counties')
      .selectAll()
      .where('state_code', '=', stateCode)
      .orderBy('name')
      .orderBy('fips')
      .execute();
    return rows.map(toCounty);
  }

  async findCounty(fips: string): Promise<County | undefined> {
    const row = await this.db.selectFrom('counties').selectAll().where('fips', '=', fips).executeTakeFirst();
    return row && toCounty(row);
  }
}

function toState(row: StatesTable): State {
  return { code: row.code, fips: row.fips, name: row.name, kind: row.kind as StateKind, timeZone: row.time_zone };
}

function toCounty(row: CountiesTable): County {
  return { fips: row.fips, name: row.name, stateCode: row.state_code, timeZone: row.time_zone };
}
