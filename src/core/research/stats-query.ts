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
import { groupingText, type ConvictionCategory } from './dimensions.js';
import type { Followed } from './what-followed.js';
import { DESK_DIMENSIONS, type DeskStatsQuery } from './stats-desk.js';
import { DeskStatsQuerySchema, DetainerStatsQuerySchema } from './stats-query.schema.js';
import {
  DETAINER_DIMENSIONS,
  parseDimensions,
  type DetainerStatsFilters,
  type DetainerStatsQuery,
  type StatsSort,
  type StatsTotalsMode,
} from './stats.js';

export function parseDetainerStatsQuery(
  raw: Readonly<Record<string, unknown>>,
): Result<DetainerStatsQuery, DomainError> {
  const checked = validateTextInput(DetainerStatsQuerySchema, raw, { root: 'query' });
  if (!checked.ok) return checked;
  const {
    groupBy: dimensions,
    state,
    outcome,
    followed,
    criminality,
    release,
    citizenship,
    usCitizen,
    convictionCategory,
    aor,
    sort,
    limit,
    totals,
    ...rest
  } = checked.value;
  const groupBy = parseDimensions(dimensions, DETAINER_DIMENSIONS);
  if (!groupBy.ok) return groupBy;
  if (rest.from !== undefined && rest.to !== undefined && rest.from > rest.to) {
    return err(invalidField('to', `must not be before from (${rest.from})`, 'beforeStart', { other: 'from' }));
  }
  const releases = release === undefined ? undefined : parseReleaseList(release);
  if (releases !== undefined && !releases.ok) return releases;
  for (const field of ['form', 'liftReason'] as const) {
    if (rest[field] !== undefined && rest[field].trim() === '') {
      return err(invalidField(field, 'must not be blank', 'blank'));
    }
  }
  // Country and area as the store groups them (dimensions.ts): trimmed, spaces joined, upper case.
  const written = { citizenship: groupingText(citizenship ?? null), aor: groupingText(aor ?? null) };
  for (const field of ['citizenship', 'aor'] as const) {
    const given = field === 'citizenship' ? citizenship : aor;
    if (given !== undefined && written[field] === null) return err(invalidField(field, 'must not be blank', 'blank'));
  }
  const filters: DetainerStatsFilters = {
    ...rest,
    ...(rest.form === undefined ? {} : { form: rest.form.trim() }),
    ...(rest.liftReason === undefined ? {} : { liftReason: rest.liftReason.trim() }),
    ...(state === undefined ? {} : { state: state.toUpperCase() }),
    ...(outcome === undefined ? {} : { outcome: outcome as Outcome }),
    ...(followed === undefined ? {} : { followed: followed as Followed }),
    ...(criminality === undefined ? {} : { criminality: criminality as Criminality }),
    ...(written.citizenship === null ? {} : { citizenship: written.citizenship }),
    ...(usCitizen === undefined ? {} : { usCitizen: usCitizen === 'true' }),
    ...(convictionCategory === undefined ? {} : { convictionCategory: convictionCategory as ConvictionCategory }),
    ...(written.aor === null ? {} : { aor: written.aor }),
    ...(releases === undefined ? {} : { releases: releases.value }),
  };
  return ok({
    groupBy: groupBy.value,
    filters,
    ...(sort === undefined ? {} : { sort: sort as StatsSort }),
    ...(limit === undefined ? {} : { limit }),
    ...(totals === undefined ? {} : { totals: totals as StatsTotalsMode }),
  });
}

/** The largest release id (as the importer names them). */
const MAX_RELEASE_ID = 128;

/** `release`: comma-separated ids, each named by its place in the list when wrong (the value is not repeated). */
function parseReleaseList(text: string): Result<string[], DomainError> {
  const ids = text.split(',').map((id) => id.trim());
  const seen = new Set<string>();
  for (const [index, id] of ids.entries()) {
    if (id === '') return err(invalidField('release', `item ${index + 1} must not be empty`, 'empty'));
    if (id.length > MAX_RELEASE_ID) {
      return err(
        invalidField('release', `item ${index + 1} must be at most ${MAX_RELEASE_ID} characters`, 'maxLength', {
          limit: MAX_RELEASE_ID,
        }),
      );
    }
    if (seen.has(id)) return err(invalidField('release', `item ${index + 1} is given twice`, 'duplicate'));
    seen.add(id);
  }
  return ok(ids);
}

export function parseDeskStatsQuery(raw: Readonly<Record<string, unknown>>): Result<DeskStatsQuery, DomainError> {
  const checked = validateTextInput(DeskStatsQuerySchema, raw, { root: 'query' });
  if (!checked.ok) return checked;
  const groupBy = parseDimensions(checked.value.groupBy, DESK_DIMENSIONS);
  if (!groupBy.ok) return groupBy;
  const { state } = checked.value;
  return ok({ groupBy: groupBy.value, ...(state === undefined ? {} : { state: state.toUpperCase() }) });
}
