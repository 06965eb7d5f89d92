import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { WorkPool } from '../../composition/work-pool.js';
import { PERIOD_NOTE, type DeskStatsPublisher } from '../../core/research/stats-desk.js';
import { DeskStatsQuerySchema, DetainerStatsQuerySchema } from '../../core/research/stats-query.schema.js';
import { parseDeskStatsQuery, parseDetainerStatsQuery } from '../../core/research/stats-query.js';
import { unwrap } from '../errors/api-error.js';
import { doneOrBusy, sendJson } from '../plugins/work-outcome.js';
import { errorResponses } from '../schemas/common.schema.js';
import { DeskStatsResponse, DetainerStatsResponse, ReleaseListResponse } from '../schemas/stats.schema.js';

/** Public statistics: FOIA research data, and suppressed counts of the desk's own detainers. */
export const statsRoutes =
  (work: WorkPool, desk: DeskStatsPublisher): FastifyPluginAsyncTypebox =>
  async (app) => {
    app.get(
      '/stats/detainers',
      {
        config: { limit: 'portal' },
        schema: {
          tags: ['stats'],
          summary: 'Counts of ICE FOIA detainer records, grouped by dimensions',
          description:
            'Answered from the monthly rollup; a from/to date inside a month is counted to the day from the records. ' +
            '422 REQUEST.TOO_BROAD (naming groupBy) when the answer would have more rows than the server sends at ' +
            'once (STATS_MAX_ROWS): group by fewer dimensions or narrow the filters. Each month is counted from ONE ' +
            'release: the newest (latest as-of, then latest import) whose coverage includes the whole month, else the ' +
            'newest (the Deportation Data Project practice); `release` (comma-separated) narrows the candidates, ' +
            '`combine=add` adds overlapping releases up instead; `combined` and `periods` say which release each ' +
            'month came from, `overlaps` which releases cover the same days. Re-issues (outcome reissued) are left ' +
            'out unless includeReissues=true; `reissues` says how many. Runs on a worker thread; 503 ' +
            'SERVER.BUSY (with Retry-After) when all are busy and the queue is full.',
          security: [],
          querystring: DetainerStatsQuerySchema,
          response: { 200: DetainerStatsResponse, ...errorResponses(400, 422, 503) },
        },
      },
      async (request, reply) => {
        const query = unwrap(parseDetainerStatsQuery(request.query));
        return sendJson(reply, unwrap(doneOrBusy(await work.run({ kind: 'detainer-stats', query }))));
      },
    );

    // explorer (issue 12): the releases to choose from
    app.get(
      '/stats/releases',
      {
        config: { limit: 'portal' },
        schema: {
          tags: ['stats'],
          summary: 'The imported research releases, with the days each covers, its as-of date and the months used',
          description:
            'Each release with its source stamp (file, SHA-256, import date, record count), its time coverage (the ' +
            'first and last prepare date of its records) and its as-of date; `overlaps` lists the pairs that cover ' +
            'the same days; `periods` the release /stats/detainers counts for each run of months (one per month).',
          security: [],
          response: { 200: ReleaseListResponse, ...errorResponses(503) },
        },
      },
      async (_request, reply) => sendJson(reply, unwrap(doneOrBusy(await work.run({ kind: 'research-releases' })))),
    );

    app.get(
      '/stats/desk',
      {
        config: { limit: 'portal' },
        schema: {
          tags: ['stats'],
          summary: "Counts of the desk's detainers, with small cells suppressed",
          description:
            'Counts below 10 are "<10"; complementary suppression protects them from the totals. ' +
            PERIOD_NOTE +
            ' `period` says which months are covered and the date of the refresh.',
          security: [],
          querystring: DeskStatsQuerySchema,
          response: { 200: DeskStatsResponse, ...errorResponses(400, 503) },
        },
      },
      async (request) => {
        const answer = await desk.stats(unwrap(parseDeskStatsQuery(request.query)));
        return { ...answer, filters: { ...answer.filters } };
      },
    );
  };
