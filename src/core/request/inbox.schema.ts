import { Type, type Static } from 'typebox';
import { DETAINER_STATUSES } from '../lifecycle/detainer-status.js';
import { LocalDate, MAX_OFFSET, REQUEST_YEARS, Uuid } from '../shared/input-types.js';
import { DETAINER_FORMS } from './detainer-request.js';
import { MAX_PAGE_SIZE } from './detainer.use-cases.js';

export const INBOX_SORTS = ['received', 'deadline'] as const;
export const DEFAULT_PAGE_SIZE = 50;

/** The inbox as a client asks for it: `GET /detainers?...` and `detainers list` (options as text). */
export const InboxQuerySchema = Type.Object(
  {
    state: Type.Optional(
      Type.Enum(DETAINER_STATUSES, {
        description:
          'only requests in this status now (holding: deadline still ahead; release-due includes holds past it)',
      }),
    ),
    sort: Type.Optional(
      Type.Enum(INBOX_SORTS, {
        description:
          'received (default): newest receipt first. deadline: most urgent first, as of now: release-due requests and ' +
          'holds past their deadline first (the longest due first), then running holds by the soonest deadline, then ' +
          'other open requests by their soonest duty due, then the rest; ties newest receipt first, then by id',
      }),
    ),
    form: Type.Optional(Type.Enum(DETAINER_FORMS)),
    facility: Type.Optional(Uuid('only requests for this facility')),
    from: Type.Optional(LocalDate(REQUEST_YEARS, 'received on or after this local date of the agency')),
    to: Type.Optional(LocalDate(REQUEST_YEARS, 'received on or before this local date of the agency')),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: MAX_PAGE_SIZE, default: DEFAULT_PAGE_SIZE })),
    offset: Type.Optional(Type.Integer({ minimum: 0, maximum: MAX_OFFSET, default: 0 })),
  },
  { additionalProperties: false },
);
export type InboxQuery = Static<typeof InboxQuerySchema>;
