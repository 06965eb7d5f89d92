import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { getCounty, getState, listCountiesOf, listStates } from '../../core/place/place.use-cases.js';
import type { PlaceRepository } from '../../core/place/place-repository.port.js';
import { Pattern } from '../../core/shared/input-types.js';
import { unwrap } from '../errors/api-error.js';
import { errorResponses } from '../schemas/common.schema.js';
import { CountyListDto, CountyWithStateDto, StateListDto, StateWithCountiesDto } from '../schemas/place.schema.js';

/** A USPS code as the URL gives it (either case), with its problem's kind. */
const StateCode = (description?: string) =>
  Pattern('^[A-Za-z]{2}$', 'must be a two-letter USPS code', {
    kind: 'stateCode',
    ...(description !== undefined && { description }),
  });

export const placeRoutes =
  (places: PlaceRepository): FastifyPluginAsyncTypebox =>
  async (app) => {
    app.get(
      '/places/states',
      {
        schema: {
          tags: ['places'],
          security: [],
          summary: 'All states, DC and territories',
          response: { 200: StateListDto },
        },
      },
      async () => ({ states: await listStates(places) }),
    );

    app.get(
      '/places/states/:state',
      {
        schema: {
          tags: ['places'],
          security: [],
          summary: 'One state with its counties',
          params: Type.Object({ state: StateCode() }),
          response: {
            200: StateWithCountiesDto,
            ...errorResponses(400, 404),
          },
        },
      },
      async (request) => {
        const state = unwrap(await getState(places, request.params.state));
        return { state, counties: unwrap(await listCountiesOf(places, state.code)) };
      },
    );

    app.get(
      '/places/counties',
      {
        schema: {
          tags: ['places'],
          security: [],
          summary: "A state's counties",
          querystring: Type.Object({ state: StateCode('USPS code') }, { additionalProperties: false }),
          response: { 200: CountyListDto, ...errorResponses(400, 404) },
        },
      },
      async (request) => ({ counties: unwrap(await listCountiesOf(places, request.query.state)) }),
    );

    app.get(
      '/places/counties/:fips',
      {
        schema: {
          tags: ['places'],
          security: [],
          summary: 'One county',
          params: Type.Object({
            fips: Pattern('^\\d{5}$', 'must be a 5-digit county FIPS code', { kind: 'countyFips' }),
          }),
          response: { 200: CountyWithStateDto, ...errorResponses(400, 404) },
        },
      },
      async (request) => {
        const county = unwrap(await getCounty(places, request.params.fips));
        return { county, state: unwrap(await getState(places, county.stateCode)) };
      },
    );
  };
