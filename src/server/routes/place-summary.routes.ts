import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { Law } from '../../composition/law.js';
import type { PlaceRepository } from '../../core/place/place-repository.port.js';
import { summarisePlaceLaw } from '../../core/policy/plain-summary.use-case.js';
import type { Clock } from '../../core/shared/ports.js';
import { Pattern } from '../../core/shared/input-types.js';
import { unwrap } from '../errors/api-error.js';
import { errorResponses } from '../schemas/common.schema.js';
import { PlaceSummaryDto } from '../schemas/place-summary.schema.js';
import { PlaceRulesQuery } from '../schemas/policy.schema.js';

const StateParam = Pattern('^[A-Za-z]{2}$', 'must be a two-letter USPS code', {
  kind: 'stateCode',
  description: 'USPS code',
});
const FipsParam = Pattern('^\\d{5}$', 'must be a 5-digit county FIPS code', {
  kind: 'countyFips',
  description: '5-digit county FIPS code',
});

const SUMMARY =
  'For each profile of person (no record, a pending misdemeanour, a serious or violent felony conviction, proof of ' +
  'lawful status) and each action, what the law in force says of the ordinary request that day, in English and ' +
  "Spanish, generated from the engine's decisions and the deciding rules' citations";

/** The plain-language summary of a place's law on a date: public, from the law library alone. */
export const placeSummaryRoutes =
  (law: Law, places: PlaceRepository, clock: Clock): FastifyPluginAsyncTypebox =>
  async (app) => {
    app.get(
      '/places/:state/summary',
      {
        schema: {
          tags: ['policies', 'places'],
          summary: 'The law in a state on a date, in plain words (state-wide rules)',
          description: SUMMARY,
          security: [],
          params: Type.Object({ state: StateParam }),
          querystring: PlaceRulesQuery,
          response: { 200: PlaceSummaryDto, ...errorResponses(400, 404) },
        },
      },
      async (request) =>
        unwrap(
          await summarisePlaceLaw(law.engine, places, { state: request.params.state }, request.query.at, clock.now()),
        ),
    );

    app.get(
      '/places/:state/:countyFips/summary',
      {
        schema: {
          tags: ['policies', 'places'],
          summary: 'The law in a county on a date, in plain words',
          description: SUMMARY,
          security: [],
          params: Type.Object({ state: StateParam, countyFips: FipsParam }),
          querystring: PlaceRulesQuery,
          response: { 200: PlaceSummaryDto, ...errorResponses(400, 404) },
        },
      },
      async (request) =>
        unwrap(
          await summarisePlaceLaw(
            law.engine,
            places,
            { state: request.params.state, countyFips: request.params.countyFips },
            request.query.at,
            clock.now(),
          ),
        ),
    );
  };
