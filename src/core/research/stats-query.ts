/**
 * The statistics queries as clients write them (HTTP query strings, CLI options) to validated
 * queries: the schema first (each field named when wrong), then what a schema cannot say: the
 * dimensions of groupBy, from before to, and the state in capitals.
 */
import { invalidField, type DomainError } from '../shared/errors.js';
import { err, ok, type Result } from '../shared/result.js';
import { validateTextInput } from '../shared/validate-input.js';
import type { Outcome } from './outcomes.js';
import type { Criminality } from './criminality.js';
import type { Followed } from './what-followed.js';
import { DESK_DIMENSIONS, type DeskStatsQuery } from './stats-desk.js';
import { DeskStatsQuerySchema, DetainerStatsQuerySchema } from './stats-query.schema.js';
import { DETAINER_DIMENSIONS, parseDimensions, type DetainerStatsFilters, type DetainerStatsQuery } from './stats.js';

export function parseDetainerStatsQuery(
  raw: Readonly<Record<string, unknown>>,
): Result<DetainerStatsQuery, DomainError> {
  const checked = validateTextInput(DetainerStatsQuerySchema, raw, { root: 'query' });
  if (!checked.ok) return checked;
  const { groupBy: dimensions, state, outcome, followed, criminality, release, ...rest } = checked.value;
  const groupBy = parseDimensions(dimensions, DETAINER_DIMENSIONS);
  if (!groupBy.ok) return groupBy;
  if (rest.from !== undefined && rest.to !== undefined && rest.from > rest.to) {
    return err(invalidField('to', `must not be before from (${rest.from})`, 'beforeStart', { other: 'from' }));
  }
  const filters: DetainerStatsFilters = {
    ...rest,
    ...(state === undefined ? {} : { state: state.toUpperCase() }),
    ...(outcome === undefined ? {} : { outcome: outcome as Outcome }),
    ...(followed === undefined ? {} : { followed: followed as Followed }),
    ...(criminality === undefined ? {} : { criminality: criminality as Criminality }),
    ...(release === undefined ? {} : { release: release.trim() }),
  };
  if (filters.release === '') return err(invalidField('release', 'must not be empty', 'empty'));
  return ok({ groupBy: groupBy.value, filters });
}

export function parseDeskStatsQuery(raw: Readonly<Record<string, unknown>>): Result<DeskStatsQuery, DomainError> {
  const checked = validateTextInput(DeskStatsQuerySchema, raw, { root: 'query' });
  if (!checked.ok) return checked;
  const groupBy = parseDimensions(checked.value.groupBy, DESK_DIMENSIONS);
  if (!groupBy.ok) return groupBy;
  const { state } = checked.value;
  return ok({ groupBy: groupBy.value, ...(state === undefined ? {} : { state: state.toUpperCase() }) });
}
