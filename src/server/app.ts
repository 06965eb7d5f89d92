import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { KeyObject } from 'node:crypto';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import type { Services } from '../composition/services.js';
import { jsonFieldProblem, parseJsonText } from '../core/shared/json-text.js';
import { ApiError } from './errors/api-error.js';
import { frameworkErrorHandler, MAX_PARAM_LENGTH } from './errors/framework-errors.js';
import { installErrorHandling, malformedJson } from './errors/error-handler.js';
import { API_DOCS_OPTIONS } from './plugins/api-docs.js';
import { installAuthentication } from './plugins/authentication.js';
import { installCompression, setStaticCacheHeaders } from './plugins/compression.js';
import { docsContentSecurityPolicy, installSecurityHeaders } from './plugins/security-headers.js';
import { installSecondFactorGate } from './plugins/second-factor-gate.js';
import type { WorkPool } from '../composition/work-pool.js';
import type { RateLimits } from '../config/config.js';
import { installRateLimits } from './plugins/rate-limits.js';
import { installMetrics, METRICS_PATH, type SweeperStatus } from './plugins/metrics.js';
import { strictValidatorCompiler } from './plugins/validator-compiler.js';
import { alarmRoutes } from './routes/alarms.routes.js';
import { auditRoutes } from './routes/audit.routes.js';
import { authRoutes } from './routes/auth.routes.js';
import { detainerRoutes } from './routes/detainers.routes.js';
import { evaluateRoutes } from './routes/evaluate.routes.js';
import { healthRoutes } from './routes/health.routes.js';
import { intakeFormRoutes } from './routes/intake-form.routes.js';
import { intakeImportRoutes } from './routes/intake-import.routes.js';
import { placeRoutes } from './routes/places.routes.js';
// place slice (issue 12): the plain-language summary of a place's law
import { placeSummaryRoutes } from './routes/place-summary.routes.js';
import { policyRoutes } from './routes/policies.routes.js';
import { statsRoutes } from './routes/stats.routes.js';
import { replayRoutes } from './routes/replay.routes.js';
import { securityEventRoutes } from './routes/security-events.routes.js';
import { sessionRoutes } from './routes/sessions.routes.js';
import { userRoutes } from './routes/users.routes.js';
import { secondFactorRoutes } from './routes/second-factor.routes.js';
import { tokenRoutes } from './routes/tokens.routes.js';
import { ErrorEnvelope } from './schemas/common.schema.js';
import { lawMapRoutes } from './routes/law-map.routes.js';

export interface ServerOptions {
  readonly services: Services;
  /** Where replays, statistics and lists of evaluations run (worker threads, or the main thread). */
  readonly work: WorkPool;
  readonly version: string;
  readonly bodyLimitBytes: number;
  readonly trustProxy: boolean;
  /** Requests per window per address (anonymous) or per user (signed in); health is never limited. */
  readonly rateLimit: RateLimits;
  /** A pino logger configuration, or false for none (tests). */
  readonly logger: FastifyServerOptions['logger'];
  /** Folder of the built web app; when absent the server answers the API only. */
  readonly webRoot?: string | undefined;
  /** The Ed25519 key that signs the public audit heads (GET /api/v1/audit/heads); without it that route answers 503. */
  readonly auditSigningKey?: KeyObject | null | undefined;
  /** GET /metrics: its bearer token (METRICS_TOKEN; none: open to anyone who reaches the port), the sweeper's status. */
  readonly metrics?: {
    readonly token?: string | undefined;
    readonly sweeper?: (() => SweeperStatus | undefined) | undefined;
  };
}

/** Builds the HTTP server: plugins first, then routes, then the web app. Does not listen. */
export async function buildServer(options: ServerOptions): Promise<FastifyInstance> {
  const { services } = options;
  const app = Fastify({
    logger: options.logger,
    bodyLimit: options.bodyLimitBytes,
    // One proxy, the TLS terminator: the client address is the one it appends to X-Forwarded-For, not
    // an address the client wrote there itself (which would let it pick its own rate-limit key).
    trustProxy: options.trustProxy ? (_address: string, hop: number) => hop < 1 : false,
    genReqId: () => randomUUID(),
    requestIdHeader: false,
    forceCloseConnections: 'idle',
    return503OnClosing: true,
    ajv: undefined,
    routerOptions: { maxParamLength: MAX_PARAM_LENGTH },
    // A malformed or overlong path parameter answers the error envelope, naming the parameter.
    frameworkErrors: frameworkErrorHandler(),
  }).withTypeProvider<TypeBoxTypeProvider>();

  app.setValidatorCompiler(strictValidatorCompiler());
  // The API speaks JSON only: any other body type answers 415 instead of failing validation.
  app.removeContentTypeParser('text/plain');
  // JSON bodies are read by the core's strict reader: a duplicate key, `__proto__` or
  // `constructor.prototype` answers 400 naming the key (the body limit still applies).
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, body, done) => {
    const parsed = parseJsonText(body as string);
    if (parsed.ok) return done(null, parsed.value);
    const problem = parsed.error;
    if (problem.kind === 'syntax') return done(malformedJson(problem.position), undefined);
    return done(ApiError.from(jsonFieldProblem(problem)), undefined);
  });
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
    reply.header('x-content-type-options', 'nosniff');
  });
  installErrorHandling(app);
  app.addSchema(ErrorEnvelope);
  await installSecurityHeaders(app, { behindTls: options.trustProxy });

  await installCompression(app);
  await app.register(fastifyCookie);
  installAuthentication(app, services.security);
  installSecondFactorGate(app, services.security);
  await installRateLimits(app, options.rateLimit);

  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Detainer Desk API',
        version: options.version,
        description:
          'Intake and decisions for immigration detainer requests, and public data about them. ' +
          'Errors always have the shape {"error": {"code", "message", "details", "requestId"}}.',
      },
      components: {
        securitySchemes: {
          bearer: { type: 'http', scheme: 'bearer', description: 'personal API token (ddk_...)' },
          session: { type: 'apiKey', in: 'cookie', name: 'dd_session' },
          metricsToken: { type: 'http', scheme: 'bearer', description: 'METRICS_TOKEN, when the server has one' },
        },
      },
      security: [{ bearer: [] }, { session: [] }],
    },
    refResolver: { buildLocalReference: (json, _base, _fragment, i) => String(json.$id ?? `def-${i}`) },
  });
  await app.register(fastifySwaggerUi, {
    routePrefix: '/api/docs',
    transformStaticCSP: docsContentSecurityPolicy,
    ...API_DOCS_OPTIONS,
  });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  // After the documentation (which lists the routes declared after it), before the routes it counts.
  installMetrics(app, {
    token: options.metrics?.token,
    sweeper: options.metrics?.sweeper,
    alarms: services.alarmCounts,
    clock: services.clock,
    work: options.work,
  });

  await app.register(
    async (api) => {
      await api.register(healthRoutes(services, options.version));
      await api.register(placeRoutes(services.places));
      await api.register(authRoutes(services.auth, services.agencies, services.security));
      await api.register(sessionRoutes(services.security));
      await api.register(userRoutes(services.security));
      await api.register(securityEventRoutes(services.security));
      await api.register(tokenRoutes(services.auth));
      await api.register(secondFactorRoutes(services.auth));
      await api.register(
        detainerRoutes({
          detainers: services.detainers,
          lifecycle: services.lifecycle,
          library: services.law.engine.library,
        }),
      );
      await api.register(intakeImportRoutes(services.detainers));
      await api.register(intakeFormRoutes(services.detainers));
      await api.register(alarmRoutes(services.lifecycle));
      await api.register(
        auditRoutes({
          chains: services.verifiedChains,
          reads: services.lifecycle.reads,
          heads: { reader: services.audit, clock: services.clock, signingKey: options.auditSigningKey ?? null },
        }),
      );
      await api.register(policyRoutes(services.law, services.clock));
      await api.register(evaluateRoutes(services.law.engine, options.work));
      await api.register(statsRoutes(options.work, services.deskStats));
      await api.register(replayRoutes(options.work));
      // map-api (issue 12): the law map and panel
      await api.register(lawMapRoutes(services.lawMap));
      // place slice (issue 12)
      await api.register(placeSummaryRoutes(services.law, services.places, services.clock));
    },
    { prefix: '/api/v1' },
  );

  if (options.webRoot && existsSync(join(options.webRoot, 'index.html'))) {
    // Nothing under a dot folder or dot file is served: the build's .vite/manifest.json (read by the
    // bundle budget, not by browsers) and any other dot path answer 404. The file routes are listed
    // without dot paths already; `dotfiles: 'ignore'` keeps it so for sendFile and a wildcard route.
    await app.register(fastifyStatic, {
      root: options.webRoot,
      prefix: '/',
      wildcard: false,
      index: 'index.html',
      dotfiles: 'ignore',
      // Hashed assets immutable for a year, index.html (and other files) revalidated: see compression.ts.
      cacheControl: false,
      setHeaders: (reply, path) => setStaticCacheHeaders(reply, path),
    });
    serveSinglePageApp(app, options.webRoot);
  }
  return app;
}

/**
 * Paths the web app routes itself (e.g. /places/CA, /policies/tx-ccp-2.251) get its index page;
 * files of the build are served as they are, and /api paths keep their JSON 404.
 */
function serveSinglePageApp(app: FastifyInstance, webRoot: string): void {
  const root = resolve(webRoot);
  const isBuiltFile = (path: string) => {
    if (!path.includes('.')) return false;
    try {
      const file = resolve(root, `.${decodeURIComponent(path)}`);
      return file.startsWith(root + sep) && existsSync(file);
    } catch {
      return true; // a malformed path: let the static files answer it (404)
    }
  };
  app.addHook('onRequest', async (request, reply) => {
    const path = request.url.split('?')[0]!;
    if (request.method !== 'GET' || path.startsWith('/api/') || path === METRICS_PATH) return;
    if (path === '/' || !(request.headers.accept ?? '').includes('text/html') || isBuiltFile(path)) return;
    return reply.sendFile('index.html');
  });
}
