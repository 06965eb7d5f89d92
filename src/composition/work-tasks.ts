/**
 * The heavy public work (replays, statistics, lists of evaluations) as tasks: plain data in, plain
 * data out, so that a task runs the same on a worker thread (work.worker.ts) as on the main thread.
 */
import type { EngineContext } from '../core/policy/evaluate.js';
import { evaluateAny, type EvaluationAnswer } from '../core/policy/evaluate-request.js';
import { replayHistory, type ReplayDeps, type ReplayReport } from '../core/research/replay.js';
import {
  detainerStatsWithin,
  listReleases,
  type DetainerStats,
  type DetainerStatsQuery,
  type ResearchStatsReader,
} from '../core/research/stats.js';
import type { DomainError } from '../core/shared/errors.js';
import { ok, type Result } from '../core/shared/result.js';
import type { DatabaseHandle } from '../db/engine.js';
import { SqlResearchReplaySource } from '../db/repositories/research-replay.repository.js';
import { SqlResearchStatsRepository } from '../db/repositories/research-stats.repository.js';

export type WorkTask =
  | { readonly kind: 'replay'; readonly body: unknown }
  | { readonly kind: 'detainer-stats'; readonly query: DetainerStatsQuery }
  | { readonly kind: 'evaluate'; readonly body: unknown }
  // explorer (issue 12): the research releases with their time coverage
  | { readonly kind: 'research-releases' };

/**
 * An answer already serialised (by the thread that computed it): a large answer (statistics of tens of
 * thousands of rows, megabytes) then costs the main thread only a copy, not a serialisation.
 */
export interface JsonText {
  readonly json: string;
}

/** What each kind of task answers. */
export interface WorkAnswers {
  replay: Result<JsonText, DomainError>;
  'detainer-stats': Result<JsonText, DomainError>;
  evaluate: EvaluationAnswer;
  'research-releases': Result<JsonText, DomainError>;
}

/** The value serialised as the API answers it (the response schemas describe exactly these objects). */
function asJson<T>(
  result: Result<T, DomainError>,
  shape: (value: T) => unknown = (v) => v,
): Result<JsonText, DomainError> {
  return result.ok ? ok({ json: JSON.stringify(shape(result.value)) }) : result;
}

const statsAnswer = <F extends object>(answer: { readonly filters: F }) => ({
  ...answer,
  filters: { ...answer.filters },
});

/** The caps a task is checked against before it runs (REPLAY_MAX_RECORDS, STATS_MAX_ROWS). */
export interface WorkCaps {
  readonly replayMaxRecords: number;
  readonly statsMaxRows: number;
}

export interface WorkDeps {
  readonly replay: ReplayDeps;
  readonly stats: ResearchStatsReader;
  readonly law: EngineContext;
  readonly statsMaxRows: number;
}

/** The tasks' ports over one database handle (the worker's own, or the main thread's). */
export function workDeps(handle: DatabaseHandle, law: EngineContext, caps: WorkCaps): WorkDeps {
  const stats = new SqlResearchStatsRepository(handle.db, handle.engine);
  return {
    replay: {
      law,
      records: new SqlResearchReplaySource(handle.db, handle.engine),
      releases: stats,
      maxRecords: caps.replayMaxRecords,
    },
    stats,
    law,
    statsMaxRows: caps.statsMaxRows,
  };
}

export async function runWorkTask(deps: WorkDeps, task: WorkTask): Promise<WorkAnswers[WorkTask['kind']]> {
  switch (task.kind) {
    case 'replay':
      return asJson<ReplayReport>(await replayHistory(deps.replay, task.body));
    case 'detainer-stats':
      return asJson<DetainerStats>(await detainerStatsWithin(deps.stats, task.query, deps.statsMaxRows), statsAnswer);
    case 'evaluate':
      return evaluateAny(deps.law, task.body);
    case 'research-releases':
      return asJson(ok(await listReleases(deps.stats)));
  }
}
