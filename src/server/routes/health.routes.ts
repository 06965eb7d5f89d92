import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { Services } from '../../composition/services.js';

export const healthRoutes =
  (services: Pick<Services, 'ping' | 'engine'>, version: string): FastifyPluginAsyncTypebox =>
  async (app) => {
    app.get(
      '/health',
      {
        // Never rate limited: load balancers and monitors poll it.
        config: { limit: 'none' },
        schema: {
          tags: ['system'],
          security: [],
          summary: 'Liveness and database reachability',
          response: {
            200: Type.Object({
              status: Type.Literal('ok'),
              database: Type.Union([Type.Literal('sqlite'), Type.Literal('postgres')]),
              version: Type.String(),
            }),
            503: Type.Object({ status: Type.Literal('unavailable'), database: Type.String(), version: Type.String() }),
          },
        },
      },
      async (_request, reply) => {
        if (await services.ping()) return { status: 'ok' as const, database: services.engine, version };
        return reply.code(503).send({ status: 'unavailable' as const, database: services.engine, version });
      },
    );
  };
