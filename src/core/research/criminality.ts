/**
 * The person's criminality as a release records it, where it does (issue 12, point 6: "detainers for
 * people with no criminal conviction"). Deportation Data Project releases carry ICE's own
 * three-category code in a column such as `Detainer_Prepared_Criminality`: "1 Convicted Criminal",
 * "2 Pending Criminal Charges", "3 Other Immigration Violator" (DHS OHSS glossary, brief section 7).
 * The NPR/TRAC-era exports have no such column: their records have no category, and the portal says
 * the release does not record it (never "no conviction").
 *
 * People with no criminal conviction are the last two categories together: pending charges (not
 * convicted, charged) and other immigration violators (neither). A redacted or unrecognised value has
 * no category.
 */

export const CRIMINALITY = ['convicted', 'pending-charges', 'no-criminal-record'] as const;
export type Criminality = (typeof CRIMINALITY)[number];

/** The categories of people with no criminal conviction. */
export const NO_CONVICTION: readonly Criminality[] = ['pending-charges', 'no-criminal-record'];

/**
 * How a recorded value names its category: it starts (trimmed, any case) with one of the prefixes: ICE's
 * code digit, or the category's first word when a release writes the words alone.
 */
export const CRIMINALITY_PREFIXES: Readonly<Record<Criminality, readonly string[]>> = {
  convicted: ['1', 'convicted'],
  'pending-charges': ['2', 'pending'],
  'no-criminal-record': ['3', 'other'],
};

/** The category of a recorded value, or null (none recorded, redacted or not recognised). */
export function criminalityOf(value: string | null | undefined): Criminality | null {
  const text = value?.trim().toLowerCase() ?? '';
  if (text === '') return null;
  for (const category of CRIMINALITY) {
    if (CRIMINALITY_PREFIXES[category].some((prefix) => text.startsWith(prefix))) return category;
  }
  return null;
}

/** The release's column of the person's criminality, by its header name, if it has one. */
export function criminalityColumn(columns: readonly string[]): string | null {
  return columns.find((c) => /criminality/i.test(c)) ?? null;
}
