import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { Law } from '../../composition/law.js';
import { checkStateCode, describeRule, listRules, rulesInForceAt } from '../../core/policy/policy-catalogue.js';
import type { Clock } from '../../core/shared/ports.js';
import { Line, Pattern } from '../../core/shared/input-types.js';
import { unwrap } from '../errors/api-error.js';
import { errorResponses } from '../schemas/common.schema.js';
import {
  PlaceRulesDto,
  PlaceRulesQuery,
  PolicyListQuery,
  RuleDetailDto,
  RuleListDto,
} from '../schemas/policy.schema.js';

const StateParam = Pattern('^[A-Za-z]{2}$', 'must be a two-letter USPS code', {
  kind: 'stateCode',
  description: 'USPS code',
});
const FipsParam = Pattern('^\\d{5}$', 'must be a 5-digit county FIPS code', {
  kind: 'countyFips',
  description: '5-digit county FIPS code',
});

/** The law library, public: rules, their versions and sources, and what is in force where and when. */
export const policyRoutes =
  (law: Law, clock: Clock): FastifyPluginAsyncTypebox =>
  async (app) => {
    const { library, places } = law.engine;

    app.get(
      '/policies',
      {
        schema: {
          tags: ['policies'],
          summary: 'Every rule of the law library, most senior first, with its versions',
          security: [],
          querystring: PolicyListQuery,
          response: { 200: RuleListDto, ...errorResponses(400, 404) },
        },
      },
      async (request) => {
        const state =
          request.query.state === undefined ? undefined : unwrap(checkStateCode(places, request.query.state));
        return { rules: listRules(library, { ...(state ? { state } : {}), clock: { now: clock.now(), places } }) };
      },
    );

    app.get(
      '/policies/:id',
      {
        schema: {
          tags: ['policies'],
          summary: 'One rule: its source and notes, its versions, and the cases that test it',
          security: [],
          params: Type.Object({ id: Line({ maxLength: 128 }) }),
          response: { 200: RuleDetailDto, ...errorResponses(404) },
        },
      },
      async (request) => unwrap(describeRule(library, law.cases, request.params.id, places)),
    );

    app.get(
      '/places/:state/policies',
      {
        schema: {
          tags: ['policies', 'places'],
          summary: 'The state-wide rules in force in a state on a date (federal and state; any agency kind)',
          security: [],
          params: Type.Object({ state: StateParam }),
          querystring: PlaceRulesQuery,
          response: { 200: PlaceRulesDto, ...errorResponses(400, 404) },
        },
      },
      async (request) =>
        unwrap(rulesInForceAt(law.engine, { state: request.params.state }, request.query.at ?? clock.now())),
    );

    app.get(
      '/places/:state/:countyFips/policies',
      {
        schema: {
          tags: ['policies', 'places'],
          summary: 'The rules in force in a county on a date (federal, state and county; any agency kind)',
          security: [],
          params: Type.Object({ state: StateParam, countyFips: FipsParam }),
          querystring: PlaceRulesQuery,
          response: { 200: PlaceRulesDto, ...errorResponses(400, 404) },
        },
      },
      async (request) =>
        unwrap(
          rulesInForceAt(
            law.engine,
            { state: request.params.state, countyFips: request.params.countyFips },
            request.query.at ?? clock.now(),
          ),
        ),
    );
  };
