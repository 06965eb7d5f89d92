import { sql } from 'kysely';
import type { DatabaseHandle } from './engine.js';
import { pendingMigrations } from './migrations/migrate.js';

/** Whether the database answers and has every migration this code expects; what is missing if not. */
export type DatabaseReadiness =
  | { readonly reachable: true; readonly pendingMigrations: readonly string[] }
  | { readonly reachable: false; readonly pendingMigrations: null };

/** Asks the database a query that needs no table, then which migrations it has not applied. */
export async function databaseReadiness(handle: DatabaseHandle): Promise<DatabaseReadiness> {
  try {
    await sql`SELECT 1`.execute(handle.db);
    return { reachable: true, pendingMigrations: await pendingMigrations(handle) };
  } catch {
    return { reachable: false, pendingMigrations: null };
  }
}
