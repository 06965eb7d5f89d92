import type { DetainerViewDto } from '../../shared/types';

/**
 * What changed between the detainer the officer's form was started on and the detainer as it is
 * now (after a 409 version conflict): the events recorded since, oldest first, and the status if
 * it moved. The system's own evaluations are left out: they follow the events that caused them.
 */
export interface ConflictDiff {
  readonly events: ReadonlyArray<{
    readonly version: number;
    readonly type: string;
    readonly recordedAt: string;
    readonly actor: string;
  }>;
  readonly statusBefore: DetainerViewDto['status'];
  readonly statusNow: DetainerViewDto['status'] | null;
}

export function diffViews(
  before: Pick<DetainerViewDto, 'version' | 'status'>,
  now: Pick<DetainerViewDto, 'version' | 'status' | 'events'>,
): ConflictDiff {
  const events = now.events
    .filter((event) => event.version > before.version && event.type !== 'evaluated')
    .sort((a, b) => a.version - b.version)
    .map(({ version, type, recordedAt, actor }) => ({ version, type, recordedAt, actor }));
  return { events, statusBefore: before.status, statusNow: now.status === before.status ? null : now.status };
}
