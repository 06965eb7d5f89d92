import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { DetainerRequest, DetainerSummary } from '../../core/request/detainer-request.js';
import {
  getDetainer,
  listDetainers,
  receiveDetainer,
  type DetainerDeps,
} from '../../core/request/detainer.use-cases.js';
import { unwrap } from '../errors/api-error.js';
import { requirePrincipal } from '../plugins/authentication.js';
import { errorResponses } from '../schemas/common.schema.js';
import {
  DetainerDto,
  DetainerListQuery,
  DetainerPageDto,
  NewDetainerBody,
  type DetainerDto as DetainerJson,
} from '../schemas/detainer.schema.js';

export const detainerRoutes =
  (deps: DetainerDeps): FastifyPluginAsyncTypebox =>
  async (app) => {
    app.post(
      '/detainers',
      {
        schema: {
          tags: ['detainers'],
          summary: 'Log a detainer request as it arrives (intake)',
          body: NewDetainerBody,
          response: { 201: DetainerDto, ...errorResponses(400, 401, 403, 404, 409, 413, 415) },
        },
      },
      async (request, reply) => {
        const created = unwrap(await receiveDetainer(deps, requirePrincipal(request), request.body));
        return reply.code(201).header('location', `/api/v1/detainers/${created.id}`).send(toJson(created));
      },
    );

    app.get(
      '/detainers',
      {
        schema: {
          tags: ['detainers'],
          summary: "The caller's agency's requests, most recently received first",
          querystring: DetainerListQuery,
          response: { 200: DetainerPageDto, ...errorResponses(400, 401, 403) },
        },
      },
      async (request) => {
        const page = { limit: request.query.limit ?? 50, offset: request.query.offset ?? 0 };
        const { items, total } = unwrap(await listDetainers(deps, requirePrincipal(request), page));
        return { items: items.map(instantsToJson), total, ...page };
      },
    );

    app.get(
      '/detainers/:id',
      {
        schema: {
          tags: ['detainers'],
          summary: 'One request of the caller’s agency',
          params: Type.Object({ id: Type.String({ maxLength: 64 }) }),
          response: { 200: DetainerDto, ...errorResponses(401, 403, 404) },
        },
      },
      async (request) => toJson(unwrap(await getDetainer(deps, requirePrincipal(request), request.params.id))),
    );
  };

function toJson(d: DetainerRequest): DetainerJson {
  return { ...instantsToJson(d), subject: d.subject };
}

function instantsToJson<T extends DetainerSummary>(d: T) {
  return {
    ...d,
    probableCause: [...d.probableCause],
    requestedActions: [...d.requestedActions],
    issuedAt: d.issuedAt.toISOString(),
    receivedAt: d.receivedAt.toISOString(),
    createdAt: d.createdAt.toISOString(),
  };
}
