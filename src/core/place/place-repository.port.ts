import type { County, State } from './place.js';

export interface PlaceRepository {
  listStates(): Promise<State[]>;
  findState(code: string): Promise<State | undefined>;
  listCounties(stateCode: string): Promise<County[]>;
  findCounty(fips: string): Promise<County | undefined>;
}
