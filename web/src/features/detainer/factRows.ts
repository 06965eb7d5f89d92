/**
 * The structured facts the law reads about a person's record, as the facts-updated form edits
 * them: convictions (date, level, categories, Prop 47) and pending charges (level, categories,
 * magistrate's probable cause), as in the `evaluate` contract's ConvictionSchema and
 * PendingChargeSchema. The draft keeps a list as JSON text under `facts.convictions` /
 * `facts.pendingCharges` ('' = not known, 'none' = none on record), so one input change is one
 * draft change. Pure.
 */
export const FACT_LISTS = ['convictions', 'pendingCharges'] as const;
export type FactList = (typeof FACT_LISTS)[number];

/** The levels and categories the facts schema defines (evaluation-input.schema.ts, offense-categories.ts). */
export const OFFENSE_LEVELS = ['felony', 'misdemeanor', 'wobbler', 'infraction'] as const;
export const OFFENSE_CATEGORIES = [
  'serious-felony',
  'violent-felony',
  'state-prison-felony',
  'aggravated-felony',
  'aggravated-felony-a-p',
  'ca-7282.5-a3',
  'nyc-violent-or-serious',
  'domestic-violence',
  'ct-class-a-b-felony',
  'ct-54-192h-2025-listed',
  'nj-violent-or-serious',
  'nj-indictable-crime',
  'dc-dangerous-or-violent-crime',
  'dc-homicide-crime',
  'federal-offense',
  'pa-violent-felony-f1-f2',
  'tx-travis-2017-listed',
  'la-opso-2013-listed',
  'nj-middlesex-serious-1-2',
] as const;

/** The states whose rules read each category, null for any (offense-categories.ts OFFENSE_CATEGORY_STATES). */
export const OFFENSE_CATEGORY_STATES: Readonly<Record<(typeof OFFENSE_CATEGORIES)[number], readonly string[] | null>> =
  {
    'serious-felony': ['CA'],
    'violent-felony': ['CA'],
    'state-prison-felony': ['CA'],
    'aggravated-felony': null,
    'aggravated-felony-a-p': ['CA'],
    'ca-7282.5-a3': ['CA'],
    'nyc-violent-or-serious': ['NY'],
    'domestic-violence': ['CA'],
    'ct-class-a-b-felony': ['CT'],
    'ct-54-192h-2025-listed': ['CT'],
    'nj-violent-or-serious': ['NJ'],
    'nj-indictable-crime': ['NJ'],
    'dc-dangerous-or-violent-crime': ['DC'],
    'dc-homicide-crime': ['DC'],
    'federal-offense': null,
    'pa-violent-felony-f1-f2': ['PA'],
    'tx-travis-2017-listed': ['TX'],
    'la-opso-2013-listed': ['LA'],
    'nj-middlesex-serious-1-2': ['NJ'],
  };

/**
 * The categories the form offers an agency of a state: the general ones, its state's, and any a row
 * already has (so a fact recorded elsewhere is never hidden). Every category when the state is unknown.
 */
export function categoriesFor(stateCode: string | undefined, chosen: readonly string[]): string[] {
  return OFFENSE_CATEGORIES.filter((c) => {
    const states = OFFENSE_CATEGORY_STATES[c];
    return stateCode === undefined || states === null || states.includes(stateCode) || chosen.includes(c);
  });
}

export interface FactRow {
  readonly date?: string;
  readonly level: string;
  readonly categories: readonly string[];
  /** Convictions: reduced under Prop 47. Charges: a magistrate found probable cause. */
  readonly flag: boolean;
  /** Convictions: a sentence of incarceration served for it: '' not known, 'none' none served, 'date' released on `releasedOn`. */
  readonly released?: '' | 'none' | 'date';
  readonly releasedOn?: string;
}

export const emptyRow = (list: FactList): FactRow =>
  list === 'convictions'
    ? { date: '', level: '', categories: [], flag: false }
    : { level: '', categories: [], flag: false };

/** The rows a draft value holds (none for '' or 'none', or text that is not a list). */
export function rowsOf(value: string | undefined): FactRow[] {
  if (!value || !value.startsWith('[')) return [];
  try {
    const parsed = JSON.parse(value) as unknown;
    return Array.isArray(parsed) ? (parsed as FactRow[]) : [];
  } catch {
    return [];
  }
}

export const rowsText = (rows: readonly FactRow[]) => JSON.stringify(rows);

/** '' (not known), 'none' (none on record) or 'list' (the rows given). */
export const modeOf = (value: string | undefined): '' | 'none' | 'list' =>
  value === 'none' ? 'none' : value?.startsWith('[') ? 'list' : '';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The list to send, and each row field to fix, named as the API names it
 * (`facts.convictions[0].date`), so a server error on a row lands on the same input.
 */
export function factList(
  list: FactList,
  value: string | undefined,
): { readonly value?: unknown[]; readonly problems: Record<string, 'required' | 'invalid'> } {
  const problems: Record<string, 'required' | 'invalid'> = {};
  const mode = modeOf(value);
  if (mode === '') return { problems };
  if (mode === 'none') return { value: [], problems };
  const rows = rowsOf(value);
  const out = rows.map((row, i) => {
    const at = `facts.${list}[${i}]`;
    if (row.level === '') problems[`${at}.level`] = 'required';
    const categories = row.categories.length > 0 ? { categories: [...row.categories] } : {};
    if (list === 'convictions') {
      const date = (row.date ?? '').trim();
      if (date === '') problems[`${at}.date`] = 'required';
      else if (!DATE.test(date)) problems[`${at}.date`] = 'invalid';
      return { date, level: row.level, ...categories, prop47Reduced: row.flag, ...released(row, at, problems) };
    }
    return { level: row.level, ...categories, magistrateProbableCause: row.flag };
  });
  if (rows.length === 0) problems[`facts.${list}`] = 'required';
  return { value: out, problems };
}

/** A conviction's release from a sentence of incarceration, as the API takes it (absent when not known). */
function released(row: FactRow, at: string, problems: Record<string, 'required' | 'invalid'>) {
  if (row.released === 'none') return { releasedFromIncarceration: null };
  if (row.released !== 'date') return {};
  const on = (row.releasedOn ?? '').trim();
  if (on === '') problems[`${at}.releasedFromIncarceration`] = 'required';
  else if (!DATE.test(on)) problems[`${at}.releasedFromIncarceration`] = 'invalid';
  return { releasedFromIncarceration: on };
}

/** The names of a list's inputs, for placing errors: the list's own, then each row's. */
export function rowFieldNames(list: FactList, value: string | undefined): string[] {
  return rowsOf(value).flatMap((_, i) =>
    [
      list === 'convictions' ? 'date' : null,
      'level',
      'categories',
      list === 'convictions' ? 'releasedFromIncarceration' : null,
    ].flatMap((f) => (f === null ? [] : [`facts.${list}[${i}].${f}`])),
  );
}
