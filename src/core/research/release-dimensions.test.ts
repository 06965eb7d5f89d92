/**
 * The reader turns each record's dimensions (as the release writes them) into its profile's categories,
 * and the store reads them back through the dictionaries (stored-rows.ts): equal categories share a
 * profile however the release spells them.
 */
import { describe, expect, it } from 'vitest';
import { ReleaseDictionaries, ReleaseReader, type ReleaseMessage } from './release-reader.js';
import type { ResearchGazetteer, SourceRow } from './research-record.js';
import { storedProfiles } from './stored-rows.js';

const gazetteer: ResearchGazetteer = {
  stateCode: (s) => ({ TX: 'TX', CA: 'CA' })[s.trim().toUpperCase()] ?? null,
  countyFips: () => null,
};

const HEADER = [
  'Detainer Prepare Date',
  'Facility State',
  'Facility AOR',
  'Detainer Prepared Criminality',
  'Citizenship Country',
  'Most Serious Conviction (MSC) Charge',
  'MSC Charge Code',
  'Detainer Lift Reason',
];

function profilesOf(rows: string[][]) {
  const reader = new ReleaseReader('ddp', gazetteer);
  const lines: SourceRow[] = [HEADER, ...rows].map((cells, i) => ({ line: i + 1, cells }));
  const messages: ReleaseMessage[] = [...reader.read(lines), ...reader.finish()];
  const dictionaries = new ReleaseDictionaries();
  const records: number[] = [];
  for (const message of messages) {
    dictionaries.apply(message.added);
    if (message.kind === 'records') records.push(...message.profile);
  }
  const stored = storedProfiles(dictionaries, { entries: [], ids: [] });
  const profile = (i: number) => ({
    aor: stored.aor(i),
    citizenship: stored.citizenship(i),
    criminality: stored.criminality(i),
    convictionCategory: stored.convictionCategory(i),
    usCitizen: stored.usCitizen(i),
  });
  return { count: stored.count, records: records.map(profile) };
}

describe('record profiles with the dimensions researchers ask for', () => {
  it('normalise the spellings into one profile, and read categories from codes and lift reasons', () => {
    const { count, records } = profilesOf([
      [
        '2025-01-01',
        'TX',
        'Houston Area of Responsibility',
        '1 Convicted Criminal',
        'Mexico',
        'LARCENY',
        '2399',
        'Lifted',
      ],
      [
        '2025-01-02',
        'TX',
        ' HOUSTON AREA OF  RESPONSIBILITY',
        'convicted criminal',
        'MEXICO ',
        'THEFT',
        '2302',
        'Lifted',
      ],
      [
        '2025-01-03',
        'CA',
        '',
        '3 Other Immigration Violator',
        '(b)(6)',
        '',
        '',
        'USC or Presumptive Claim to US Citizenship',
      ],
      ['2025-01-04', 'CA', 'Los Angeles Area of Responsibility', 'Unknown', 'Guatemala', 'X', '42', ''],
    ]);
    expect(records).toEqual([
      {
        aor: 'HOUSTON AREA OF RESPONSIBILITY',
        citizenship: 'MEXICO',
        criminality: 'convicted',
        convictionCategory: 'larceny',
        usCitizen: false,
      },
      {
        aor: 'HOUSTON AREA OF RESPONSIBILITY',
        citizenship: 'MEXICO',
        criminality: 'convicted',
        convictionCategory: 'larceny',
        usCitizen: false,
      },
      { aor: null, citizenship: null, criminality: 'no-criminal-record', convictionCategory: null, usCitizen: true },
      {
        aor: 'LOS ANGELES AREA OF RESPONSIBILITY',
        citizenship: 'GUATEMALA',
        criminality: null,
        convictionCategory: 'unknown-code',
        usCitizen: false,
      },
    ]);
    // The first two records differ only in spelling (and the charge's text and sub-code): one profile.
    expect(count).toBe(3);
  });
});
