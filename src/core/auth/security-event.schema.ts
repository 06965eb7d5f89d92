import { Type, type Static } from 'typebox';
import { Instant, MAX_OFFSET, REQUEST_YEARS, Uuid } from '../shared/input-types.js';
import { SECURITY_EVENT_KINDS } from './security-event.ports.js';

export const SECURITY_EVENT_PAGE = { default: 100, max: 500 } as const;

/** `GET /security-events` and `security-events list` (options as text). */
export const SecurityEventQuerySchema = Type.Object(
  {
    kind: Type.Optional(Type.Enum(SECURITY_EVENT_KINDS)),
    userId: Type.Optional(Uuid('only the events of this user')),
    from: Type.Optional(Instant(REQUEST_YEARS, 'events at or after this instant')),
    to: Type.Optional(Instant(REQUEST_YEARS, 'events before this instant')),
    limit: Type.Optional(
      Type.Integer({ minimum: 1, maximum: SECURITY_EVENT_PAGE.max, default: SECURITY_EVENT_PAGE.default }),
    ),
    offset: Type.Optional(Type.Integer({ minimum: 0, maximum: MAX_OFFSET, default: 0 })),
  },
  { additionalProperties: false },
);
export type SecurityEventQuery = Static<typeof SecurityEventQuerySchema>;
