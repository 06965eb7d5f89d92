/**
 * Shapes of the API's answers. They are derived on the server from the schemas that validate
 * and document each route (src/server/schemas), and imported here as types only.
 */
export type {
  CountyDto,
  DetainerForm,
  DetainerPageDto,
  DetainerSummaryDto,
  MeDto,
  PlaceKind,
  RequestedAction,
  Role,
  StateDto,
  WarrantKind,
} from '../../../src/server/schemas/api-types';
