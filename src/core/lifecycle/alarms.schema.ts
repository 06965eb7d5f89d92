import { Type, type Static } from 'typebox';
import { MAX_OFFSET } from '../shared/input-types.js';
import { MAX_PAGE_SIZE } from '../request/detainer.use-cases.js';

export const DEFAULT_ALARM_PAGE_SIZE = 50;

/** `GET /alarms?limit=&offset=`: one page of the agency's alarms, most urgent first. */
export const AlarmQuerySchema = Type.Object(
  {
    limit: Type.Optional(
      Type.Integer({
        minimum: 1,
        maximum: MAX_PAGE_SIZE,
        default: DEFAULT_ALARM_PAGE_SIZE,
        description: 'alarms per page (the most urgent first)',
      }),
    ),
    offset: Type.Optional(Type.Integer({ minimum: 0, maximum: MAX_OFFSET, default: 0 })),
  },
  { additionalProperties: false },
);
export type AlarmQuery = Static<typeof AlarmQuerySchema>;
