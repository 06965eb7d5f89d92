import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { LawMapService } from '../../composition/law-map-service.js';
import { unwrap } from '../errors/api-error.js';
import { sendJson } from '../plugins/work-outcome.js';
import { errorResponses } from '../schemas/common.schema.js';
import { LawMapDto, LawMapQuery } from '../schemas/law-map.schema.js';

/** Lets the query through unchecked: the core's parser is the one validator of the contract. */
const parsedByTheCore = () => () => true;

/** The law on a map (issue 12): public, computed with the compiled fast path and cached. */
export const lawMapRoutes =
  (laws: LawMapService): FastifyPluginAsyncTypebox =>
  async (app) => {
    app.get(
      '/law/map',
      {
        schema: {
          tags: ['law'],
          summary: 'What the law in force says of one action for one profile, in every county, on a day',
          description:
            'One entry per county (every us-atlas county): its modality (required, permitted, forbidden, or undecided ' +
            'for lack of a fact the profile does not give, naming it) and the binding rule; the rules with their ' +
            'citations once; counts per class; the standard request form in use that day; and the day up to which ' +
            'the library is known current (`library.beyondCurrent` says when the day asked is later). For a ' +
            'county jail, with the assumptions of a replay (README "Law map"). `at` runs from 2008-01-01 to today ' +
            '(UTC): an earlier day is 400 kind date, a later one 400 kind future. Computed with the fast path and ' +
            'cached per (day, action, profile).',
          security: [],
          querystring: LawMapQuery,
          response: { 200: LawMapDto, ...errorResponses(400) },
        },
        validatorCompiler: parsedByTheCore,
        config: { limit: 'expensive' },
      },
      async (request, reply) => sendJson(reply, { json: unwrap(laws.mapJson(request.query)) }),
    );
  };
