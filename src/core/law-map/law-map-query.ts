import { Type, type Static } from 'typebox';
import { invalidField, type DomainError } from '../shared/errors.js';
import { PROBLEM_KEY } from '../shared/input-types.js';
import { PROBLEM_KIND_KEY } from '../shared/problem-kinds.js';
import { err, ok, type Result } from '../shared/result.js';
import { validateTextInput } from '../shared/validate-input.js';
import { ACTIONS, type Action } from '../policy/policy.types.js';
import { PROFILES, type Profile } from './profiles.js';

/**
 * The first day the map and the panel answer: the slider starts on 2008-01-01 (the years
 * of ICE's FOIA releases). Earlier days are refused, not guessed: the library encodes little before.
 */
export const MAP_FIRST_DAY = '2008-01-01';
const MAP_YEARS = { from: 2008, to: 2100 } as const;

/** A calendar date from 2008 (whether the day exists is checked by `format`). */
const MapDate = (description: string) =>
  Type.String({
    format: 'date',
    pattern: '^(200[89]|20[1-9]\\d|2100)-\\d{2}-\\d{2}$',
    [PROBLEM_KEY]: `must be a date written YYYY-MM-DD, in the years ${MAP_YEARS.from} to ${MAP_YEARS.to}`,
    [PROBLEM_KIND_KEY]: 'date',
    'x-problem-years': MAP_YEARS,
    description: `${description} (YYYY-MM-DD, from ${MAP_FIRST_DAY} to today; a later day is refused: kind future)`,
  });

const ActionField = Type.Enum(ACTIONS, { description: 'the action asked of the jail: hold, notify or transfer' });
const ProfileField = Type.Enum(PROFILES, { description: `the person: ${PROFILES.join(', ')}` });

/** `GET /law/map`. */
export const LawMapQuerySchema = Type.Object(
  { at: MapDate('the day'), action: ActionField, profile: ProfileField },
  { additionalProperties: false },
);
export type LawMapQueryInput = Static<typeof LawMapQuerySchema>;

/** The most counties a panel may be asked for by FIPS code (the compare page asks for two). */
export const MAX_PANEL_COUNTIES = 10;

/** `GET /law/panel` and `law panel`. */
export const LawPanelQuerySchema = Type.Object(
  {
    from: MapDate('first day of the panel'),
    to: MapDate('last day of the panel (inclusive)'),
    profile: ProfileField,
    action: Type.Optional(ActionField),
    fips: Type.Optional(
      Type.String({
        pattern: `^\\d{5}(,\\d{5}){0,${MAX_PANEL_COUNTIES - 1}}$`,
        [PROBLEM_KEY]: `must be up to ${MAX_PANEL_COUNTIES} five-digit county FIPS codes, separated by commas`,
        [PROBLEM_KIND_KEY]: 'countyFips',
        description: `only these counties (up to ${MAX_PANEL_COUNTIES} FIPS codes, comma-separated); every county when absent`,
      }),
    ),
    format: Type.Optional(
      Type.Enum(['json', 'csv'], {
        description: 'csv or json; else the Accept header decides (text/csv), JSON by default',
      }),
    ),
  },
  { additionalProperties: false },
);
export type LawPanelQueryInput = Static<typeof LawPanelQuerySchema>;

export interface LawMapQuery {
  readonly at: string;
  readonly action: Action;
  readonly profile: Profile;
}

export interface LawPanelQuery {
  readonly from: string;
  readonly to: string;
  readonly profile: Profile;
  /** Every action when absent. */
  readonly actions: readonly Action[];
  /** Only these counties (FIPS codes); every county when absent. */
  readonly fips?: readonly string[];
}

/** `today`: the server's date (UTC), the last day answered. */
export function parseLawMapQuery(raw: unknown, today: string): Result<LawMapQuery, DomainError> {
  const checked = validateTextInput(LawMapQuerySchema, raw, { root: 'query' });
  if (!checked.ok) return checked;
  const { at, action, profile } = checked.value;
  if (at > today) return err(invalidField('at', `is in the future (the last day answered is ${today})`, 'future'));
  return ok({ at, action: action as Action, profile: profile as Profile });
}

export function parseLawPanelQuery(raw: unknown, today: string): Result<LawPanelQuery, DomainError> {
  const checked = validateTextInput(LawPanelQuerySchema, raw, { root: 'query' });
  if (!checked.ok) return checked;
  const { from, to, profile, action, fips } = checked.value;
  if (from > today) return err(invalidField('from', `is in the future (the last day answered is ${today})`, 'future'));
  if (to > today) return err(invalidField('to', `is in the future (the last day answered is ${today})`, 'future'));
  if (from > to) return err(invalidField('to', `must not be before from (${from})`, 'beforeStart', { other: 'from' }));
  return ok({
    from,
    to,
    profile: profile as Profile,
    actions: action === undefined ? ACTIONS : [action as Action],
    ...(fips === undefined ? {} : { fips: [...new Set(fips.split(','))] }),
  });
}
