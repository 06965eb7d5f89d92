import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { DetainerDeps } from '../../core/request/detainer.use-cases.js';
import { intakeForm } from '../../core/request/intake-form.use-cases.js';
import { unwrap } from '../errors/api-error.js';
import { requirePrincipal } from '../plugins/authentication.js';
import { errorResponses } from '../schemas/common.schema.js';
import { IntakeFormDto } from '../schemas/intake-form.schema.js';

/** GET /intake/form: what the desk's intake form offers (read-only). */
export const intakeFormRoutes =
  (deps: DetainerDeps): FastifyPluginAsyncTypebox =>
  async (app) => {
    app.get(
      '/intake/form',
      {
        schema: {
          tags: ['detainers'],
          summary:
            "The intake form's choices: the form catalogue, your agency's facilities and discretion, and the request's schema",
          response: { 200: IntakeFormDto, ...errorResponses(401, 403) },
        },
      },
      async (request) => unwrap(await intakeForm(deps, requirePrincipal(request))),
    );
  };
