import { Type, type Static } from 'typebox';
import type { ReplayReport } from '../../core/research/replay.js';
import { ReplayQuerySchema } from '../../core/research/replay-query.js';
import { ReleasePeriodDto } from './stats.schema.js';

/** Schemas of POST /replay. The answer mirrors the core's ReplayReport exactly (checked below). */

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) => Type.Union([schema, Type.Null()]);
const Counts = Type.Record(Type.String(), Type.Number());

export const ReplayBody = ReplayQuerySchema;
export type ReplayBody = Static<typeof ReplayBody>;

const ActionTallyDto = Type.Object({
  required: Type.Number(),
  permitted: Type.Number(),
  forbidden: Type.Number(),
  notAsked: Type.Number(),
});

export const ReplayReportDto = Type.Object(
  {
    law: Type.Object({
      place: Type.Object({ state: Type.String(), countyFips: Nullable(Type.String()) }),
      at: Type.String(),
      agencyKind: Type.Literal('county-jail'),
      rulesInForce: Type.Immutable(Type.Array(Type.String())),
    }),
    period: Type.Object({ from: Type.String(), to: Type.String() }),
    filters: Type.Object({
      state: Nullable(Type.String()),
      countyFips: Nullable(Type.String()),
      release: Nullable(Type.String()),
      includeReissues: Type.Boolean(),
    }),
    periods: Type.Immutable(
      Type.Array(ReleasePeriodDto, {
        description: 'the release replayed for each run of months: one per month where releases overlap',
      }),
    ),
    records: Type.Number(),
    likelyDuplicates: Type.Number({
      description:
        'records the release flags as likely duplicates (same person within 24 hours), replayed as published',
    }),
    actual: Type.Object({ byOutcome: Counts }),
    underLaw: Type.Object({
      hold: ActionTallyDto,
      notify: ActionTallyDto,
      transfer: ActionTallyDto,
      undecidable: Counts,
    }),
    assumptions: Type.Immutable(
      Type.Array(Type.Object({ fact: Type.String(), assumed: Type.String(), why: Type.String() })),
    ),
    missingInData: Type.Immutable(Type.Array(Type.String())),
  },
  { description: 'what the chosen law would have required, permitted or forbidden, next to what happened' },
);
export type ReplayReportDto = Static<typeof ReplayReportDto>;

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
export type _ReplaySchemaMatchesTheCore = Assert<Same<ReplayReportDto, ReplayReport>>;
