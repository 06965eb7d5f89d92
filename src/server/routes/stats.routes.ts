import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { PERIOD_NOTE, parseDeskStatsQuery, type DeskStatsPublisher } from '../../core/research/stats-desk.js';
import { detainerStats, parseDetainerStatsQuery, type ResearchStatsReader } from '../../core/research/stats.js';
import { unwrap } from '../errors/api-error.js';
import { errorResponses } from '../schemas/common.schema.js';
import {
  DeskStatsQuerystring,
  DeskStatsResponse,
  DetainerStatsQuerystring,
  DetainerStatsResponse,
} from '../schemas/stats.schema.js';

/** Public statistics: FOIA research data, and suppressed counts of the desk's own detainers. */
export const statsRoutes =
  (stats: ResearchStatsReader, desk: DeskStatsPublisher): FastifyPluginAsyncTypebox =>
  async (app) => {
    app.get(
      '/stats/detainers',
      {
        schema: {
          tags: ['stats'],
          summary: 'Counts of ICE FOIA detainer records, grouped by dimensions',
          description:
            'Answered from the monthly rollup; a from/to date inside a month is counted to the day from the records.',
          security: [],
          querystring: DetainerStatsQuerystring,
          response: { 200: DetainerStatsResponse, ...errorResponses(400) },
        },
      },
      async (request) => {
        const answer = await detainerStats(stats, unwrap(parseDetainerStatsQuery(request.query)));
        return { ...answer, filters: { ...answer.filters } };
      },
    );

    app.get(
      '/stats/desk',
      {
        schema: {
          tags: ['stats'],
          summary: "Counts of the desk's detainers, with small cells suppressed",
          description:
            'Counts below 10 are "<10"; complementary suppression protects them from the totals. ' +
            PERIOD_NOTE +
            ' `period` says which months are covered and the date of the refresh.',
          security: [],
          querystring: DeskStatsQuerystring,
          response: { 200: DeskStatsResponse, ...errorResponses(400) },
        },
      },
      async (request) => {
        const answer = await desk.stats(unwrap(parseDeskStatsQuery(request.query)));
        return { ...answer, filters: { ...answer.filters } };
      },
    );
  };
