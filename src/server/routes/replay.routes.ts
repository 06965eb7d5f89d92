import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { WorkPool } from '../../composition/work-pool.js';
import { unwrap } from '../errors/api-error.js';
import { doneOrBusy, sendJson } from '../plugins/work-outcome.js';
import { errorResponses } from '../schemas/common.schema.js';
import { ReplayBody, ReplayReportDto } from '../schemas/replay.schema.js';

/** Lets the body through unchecked: the core's parser is the one validator of the contract. */
const parsedByTheCore = () => () => true;

/**
 * POST /replay: imported FOIA records re-decided under another place's law (public research data:
 * no identities). The body schema documents the contract; the core parser checks it.
 */
export const replayRoutes =
  (work: WorkPool): FastifyPluginAsyncTypebox =>
  async (app) => {
    app.post(
      '/replay',
      {
        schema: {
          tags: ['research'],
          summary: "Replay imported detainer records under a place's law in force on a day",
          description:
            'Counts, next to what actually happened, the holds, notifications and transfers the law would have ' +
            'required, permitted or forbidden, and the records it could not decide (by reason). The report lists ' +
            'the facts the data lacks and what was assumed for each. 400 REQUEST.INVALID_FIELD names the field; ' +
            '422 POLICY.UNKNOWN_PLACE for a place the library does not know; 422 REQUEST.TOO_BROAD when the ' +
            'period and filters select more records than the server replays at once (REPLAY_MAX_RECORDS): narrow ' +
            'from/to or the filters. Runs on a worker thread; 503 SERVER.BUSY (with Retry-After) when all are busy ' +
            'and the queue is full.',
          security: [],
          body: ReplayBody,
          response: { 200: ReplayReportDto, ...errorResponses(400, 413, 415, 422, 503) },
        },
        validatorCompiler: parsedByTheCore,
        config: { limit: 'expensive' },
      },
      async (request, reply) =>
        sendJson(reply, unwrap(doneOrBusy(await work.run({ kind: 'replay', body: request.body as unknown })))),
    );
  };
