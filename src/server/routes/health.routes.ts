import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { Services } from '../../composition/services.js';

const Database = Type.Union([Type.Literal('sqlite'), Type.Literal('postgres')]);

export const healthRoutes =
  (services: Pick<Services, 'ping' | 'engine' | 'readiness'>, version: string): FastifyPluginAsyncTypebox =>
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
              database: Database,
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

    app.get(
      '/health/live',
      {
        config: { limit: 'none' },
        schema: {
          tags: ['system'],
          security: [],
          summary: 'Liveness: the process answers (the database is not asked)',
          description:
            'For a supervisor deciding whether to restart the process: 200 whenever the server can answer at all, ' +
            'whatever the state of the database (a database outage is no reason to restart; see /health/ready).',
          response: { 200: Type.Object({ status: Type.Literal('ok'), version: Type.String() }) },
        },
      },
      async () => ({ status: 'ok' as const, version }),
    );

    app.get(
      '/health/ready',
      {
        config: { limit: 'none' },
        schema: {
          tags: ['system'],
          security: [],
          summary: 'Readiness: the database answers and has every migration this version expects',
          description:
            'For a load balancer deciding whether to send traffic here: 200 when the database answers and is ' +
            'migrated; 503 naming what is missing otherwise (`database: "unreachable"`, or the pending migrations ' +
            'by name: run `detainer-desk migrate`).',
          response: {
            200: Type.Object({
              status: Type.Literal('ready'),
              database: Database,
              migrations: Type.Literal('up-to-date'),
              version: Type.String(),
            }),
            503: Type.Object({
              status: Type.Literal('not-ready'),
              database: Type.Union([Type.Literal('reachable'), Type.Literal('unreachable')]),
              pendingMigrations: Type.Union([Type.Array(Type.String()), Type.Null()], {
                description: 'the migrations not applied yet, in order; null when the database could not be asked',
              }),
              message: Type.String(),
              version: Type.String(),
            }),
          },
        },
      },
      async (_request, reply) => {
        const ready = await services.readiness();
        if (ready.reachable && ready.pendingMigrations.length === 0) {
          return { status: 'ready' as const, database: services.engine, migrations: 'up-to-date' as const, version };
        }
        const pending = ready.reachable ? [...ready.pendingMigrations] : null;
        const message = pending
          ? `The database lacks ${pending.length} migration(s) this version needs (${pending[0]} first): run detainer-desk migrate.`
          : `The ${services.engine} database does not answer.`;
        return reply.code(503).send({
          status: 'not-ready' as const,
          database: ready.reachable ? ('reachable' as const) : ('unreachable' as const),
          pendingMigrations: pending,
          message,
          version,
        });
      },
    );
  };
