import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { AlarmQuerySchema } from '../../core/lifecycle/alarms.schema.js';
import { listAlarms, type LifecycleDeps } from '../../core/lifecycle/lifecycle.use-cases.js';
import { unwrap } from '../errors/api-error.js';
import { requirePrincipal } from '../plugins/authentication.js';
import { errorResponses } from '../schemas/common.schema.js';
import { AlarmListDto } from '../schemas/lifecycle.schema.js';

/** What needs attention now in the caller's agency: no deadline may pass silently (DESIGN.md section 5). */
export const alarmRoutes =
  (lifecycle: LifecycleDeps): FastifyPluginAsyncTypebox =>
  async (app) => {
    app.get(
      '/alarms',
      {
        schema: {
          tags: ['detainers'],
          summary: "The agency's open alarms, most urgent first",
          description:
            'hold-past-deadline and release-due (critical): release the person now; hold-ending-soon (within 2 hours), ' +
            'duty-overdue and decision-blocked (the law needs a fact): warnings. One page at a time (limit, offset), ' +
            'with the total. No personal data.',
          querystring: AlarmQuerySchema,
          response: { 200: AlarmListDto, ...errorResponses(400, 401, 403) },
        },
      },
      async (request) => {
        const page = unwrap(await listAlarms(lifecycle, requirePrincipal(request), request.query));
        return { ...page, alarms: page.alarms.map((a) => ({ ...a })) };
      },
    );
  };
