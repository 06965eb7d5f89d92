import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply } from 'fastify';
import type { LawMapService, MapEncoding } from '../../composition/law-map-service.js';
import { unwrap } from '../errors/api-error.js';
import { sendJson } from '../plugins/work-outcome.js';
import { errorResponses } from '../schemas/common.schema.js';
import { Readable } from 'node:stream';
import { LawMapDto, LawMapQuery, LawPanelDto, LawPanelQuery } from '../schemas/law-map.schema.js';

/** Sends CSV text as a download, streamed (the route's schema documents the JSON form). */
function sendCsv(reply: FastifyReply, name: string, body: Readable): FastifyReply {
  return reply
    .type('text/csv; charset=utf-8')
    .header('content-disposition', `attachment; filename="${name}"`)
    .send(body);
}

/** The encoding to send for an Accept-Encoding header: brotli, else gzip, else none (q=0 refuses one). */
function mapEncodingFor(acceptEncoding: string | undefined): MapEncoding {
  const accepted = new Set(
    (acceptEncoding ?? '')
      .split(',')
      .map((part) => part.trim().toLowerCase())
      .filter((part) => !/;\s*q=0(\.0*)?$/.test(part))
      .map((part) => part.split(';')[0]!.trim()),
  );
  return accepted.has('br') ? 'br' : accepted.has('gzip') ? 'gzip' : 'identity';
}

/**
 * Sends JSON already serialised (the cached map, as bytes, compressed if the client accepts it):
 * nothing re-serialises or re-compresses it (a compression hook leaves a body with its encoding set).
 */
function sendJsonBytes(reply: FastifyReply, json: Buffer, encoding: MapEncoding): FastifyReply {
  reply.type('application/json; charset=utf-8').header('vary', 'accept-encoding');
  if (encoding !== 'identity') reply.header('content-encoding', encoding);
  return reply.send(json);
}

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
        config: { limit: 'portal' },
      },
      async (request, reply) => {
        const encoding = mapEncodingFor(request.headers['accept-encoding']);
        return sendJsonBytes(reply, unwrap(laws.mapJson(request.query, encoding)), encoding);
      },
    );

    app.get(
      '/law/panel',
      {
        schema: {
          tags: ['law'],
          summary: "Every county's periods of constant law for a profile over a range of days (research panel)",
          description:
            'For each county and action (or the one chosen), the periods (from, to, inclusive) over which the modality ' +
            "and the binding rule stay the same, found from the library's change points (rule versions, form changes), " +
            'not by deciding every day. Same assumptions as the map. JSON by default; CSV (streamed, as a download) with ' +
            '`format=csv` or `Accept: text/csv`. `from` and `to` run from 2008-01-01 to today (UTC); 400 names the field ' +
            '(kinds date, future, beforeStart). `detainer-desk law panel` gives the same.',
          security: [],
          querystring: LawPanelQuery,
          response: { 200: LawPanelDto, ...errorResponses(400) },
        },
        validatorCompiler: parsedByTheCore,
        config: { limit: 'portal' },
      },
      async (request, reply) => {
        const query = request.query as { format?: unknown };
        const panel = unwrap(laws.panel(request.query));
        const csv =
          query.format === 'csv' || (query.format === undefined && /\btext\/csv\b/.test(request.headers.accept ?? ''));
        if (!csv) return sendJson(reply, { json: JSON.stringify(panel) });
        const name = `law-panel-${panel.profile.id}-${panel.from}-${panel.to}${panel.actions.length === 1 ? `-${panel.actions[0]}` : ''}.csv`;
        return sendCsv(reply, name, Readable.from(laws.panelCsv(panel)));
      },
    );
  };
