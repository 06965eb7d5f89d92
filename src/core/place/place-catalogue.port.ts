import type { County, State } from './place.js';

/** Where the reference list of states and counties is kept, with the version of the data it holds. */
export interface PlaceCatalogueStore {
  storedVersion(): Promise<string | undefined>;
  /** Inserts or updates every state and county and records the version, in one transaction. */
  store(version: string, places: { states: readonly State[]; counties: readonly County[] }): Promise<void>;
}
