import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * SYNTHETIC releases for the dimensions researchers ask for (issue 14, point 5): invented rows under
 * the 2025 release's column names (pseudonymous keys P-1..P-8, no name, birth date or A-number), and an
 * NPR-format release, which records none of these dimensions. Written as ddp.csv and npr.csv.
 */
export const HEADER = [
  'Detainer Prepare Date',
  'Facility State',
  'Facility AOR',
  'Detainer Prepared Criminality',
  'Detention Facility',
  'Facility City',
  'Citizenship Country',
  'Most Serious Conviction (MSC) Charge',
  'MSC Charge Code',
  'Detainer Lift Reason',
  'Detainer Type',
  'Unique Identifier',
];
const HOU = 'Houston Area of Responsibility';
const LA = 'Los Angeles Area of Responsibility';
const USC = 'USC or Presumptive Claim to US Citizenship';
/** [date, state, AOR, criminality, citizenship, MSC charge, MSC code, lift reason]. */
export const ROWS: string[][] = [
  ['2024-10-05', 'TX', HOU, '1 Convicted Criminal', 'Mexico', 'LARCENY', '2399', 'Booked into Detention'],
  [
    '2024-11-06',
    'TX',
    ' houston area of  responsibility ',
    'Convicted Criminal',
    'MEXICO',
    'DUI',
    '5404',
    'Detainer Declined by LEA',
  ],
  ['2024-12-07', 'TX', HOU, '2 Pending Criminal Charges', 'Guatemala', '', '', 'Booked into Detention'],
  ['2025-01-08', 'CA', LA, '3 Other Immigration Violator', 'El Salvador', '', '', USC],
  ['2025-02-09', 'CA', LA, '1 CONVICTED CRIMINAL', '(b)(6), (b)(7)(c)', 'ASSAULT', '1313', 'Booked into Detention'],
  ['2025-03-10', 'CA', '', 'other immigration violator', 'MEXICO', '', '', 'United States Citizen Interviewed'],
  ['2025-10-11', 'CA', LA, '1 Convicted Criminal', 'Honduras', 'SOMETHING', '9999', 'Booked into Detention'],
  ['2025-10-12', 'TX', HOU, '1 Convicted Criminal', 'Mexico', 'BURGLARY', '', ''],
];
const NPR = [
  'date,lift_reason,det_facility,city,state,detainer_type',
  '2014-02-03 00:00:00,United States Citizen Interviewed,SYNTHETIC CNTY JAIL,DOYLESTOWN,PENNSYLVANIA,',
  '2014-02-04 00:00:00,Booked into Detention,SYNTHETIC CNTY JAIL,DOYLESTOWN,PENNSYLVANIA,',
].join('\n');

export function writeDimensionFixtures(dir: string): void {
  const rows = ROWS.map(([date, state, aor, crim, country, charge, code, reason], i) => [
    date!,
    state!,
    aor!,
    crim!,
    'SYNTHETIC CNTY JAIL',
    state === 'TX' ? 'HOUSTON' : 'LOS ANGELES',
    country!,
    charge!,
    code!,
    reason!,
    'I-247A',
    `P-${i + 1}`,
  ]);
  const csv = [HEADER, ...rows].map((r) => r.map((c) => `"${c}"`).join(',')).join('\n');
  writeFileSync(join(dir, 'ddp.csv'), `${csv}\n`);
  writeFileSync(join(dir, 'npr.csv'), `${NPR}\n`);
}
