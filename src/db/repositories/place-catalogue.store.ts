import type { Kysely } from 'kysely';
import type { County, State } from '../../core/place/place.js';
import type { PlaceCatalogueStore } from '../../core/place/place-catalogue.port.js';
import type { Database } from '../schema.js';

const VERSION_KEY = 'place-catalogue-version';
// Keeps each statement well under SQLite's and PostgreSQL's bound-parameter limits.
const BATCH = 500;

export class SqlPlaceCatalogueStore implements PlaceCatalogueStore {
  constructor(private readonly db: Kysely<Database>) {}

  async storedVersion(): Promise<string | undefined> {
    const row = await this.db.selectFrom('meta').select('value').where('key', '=', VERSION_KEY).executeTakeFirst();
    return row?.value;
  }

  async store(version: string, places: { states: readonly State[]; counties: readonly County[] }): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      for (const batch of chunks(places.states)) {
        await trx
          .insertInto('states')
          .values(batch.map((s) => ({ code: s.code, fips: s.fips, name: s.name, kind: s.kind, time_zone: s.timeZone })))
          .onConflict((oc) =>
            oc.column('code').doUpdateSet((eb) => ({
              fips: eb.ref('excluded.fips'),
              name: eb.ref('excluded.name'),
              kind: eb.ref('excluded.kind'),
              time_zone: eb.ref('excluded.time_zone'),
            })),
          )
          .execute();
      }
      for (const batch of chunks(places.counties)) {
        await trx
          .insertInto('counties')
          .values(batch.map((c) => ({ fips: c.fips, name: c.name, state_code: c.stateCode, time_zone: c.timeZone })))
          .onConflict((oc) =>
            oc.column('fips').doUpdateSet((eb) => ({
              name: eb.ref('excluded.name'),
              state_code: eb.ref('excluded.state_code'),
              time_zone: eb.ref('excluded.time_zone'),
            })),
          )
          .execute();
      }
      await trx
        .insertInto('meta')
        .values({ key: VERSION_KEY, value: version })
        .onConflict((oc) => oc.column('key').doUpdateSet({ value: version }))
        .execute();
    });
  }
}

function* chunks<T>(items: readonly T[]): Generator<T[]> {
  for (let i = 0; i < items.length; i += BATCH) yield items.slice(i, i + BATCH);
}
