import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCliInProcess } from '../support/cli.js';

const NO_DATABASE = { DATABASE_URL: 'mysql://nowhere/none' };
const cli = (args: string[]) => runCliInProcess(args, NO_DATABASE);

describe('detainer-desk law panel', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dd-law-panel-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("writes every county's periods as CSV to --out, with no database", async () => {
    const out = join(dir, 'panel.csv');
    const run = await cli([
      'law',
      'panel',
      '--from',
      '2013-06-01',
      '--to',
      '2018-06-30',
      '--profile',
      'no-record',
      '--out',
      out,
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/periods of 3231 counties written to /);
    const lines = readFileSync(out, 'utf8').trimEnd().split('\n');
    expect(lines[0]).toBe('fips,state,action,from,to,modality,rule,missing,conflict');
    expect(lines.filter((l) => l.startsWith('06001,CA,hold,'))).toEqual([
      '06001,CA,hold,2013-06-01,2013-12-31,permitted,,,',
      '06001,CA,hold,2014-01-01,2017-12-31,forbidden,ca-gov-7282.5-hold,,',
      '06001,CA,hold,2018-01-01,2018-06-30,forbidden,ca-gov-7284.6-a1b,,',
    ]);
    expect(lines).toContain('48201,TX,transfer,2017-09-01,2018-06-30,required,tx-ccp-2.251,,');
  });

  // compare (issue 12, point 5): a few counties only.
  it('writes only the counties given with --fips, and names one that is no county (exit 2)', async () => {
    const some = await cli(
      ['law', 'panel', '--from', '2017-08-01', '--to', '2017-09-30', '--profile', 'no-record'].concat([
        '--action',
        'hold',
        '--fips',
        '48201,06001',
      ]),
    );
    expect(some.code).toBe(0);
    expect(some.stdout.trimEnd().split('\n')).toEqual([
      'fips,state,action,from,to,modality,rule,missing,conflict',
      '06001,CA,hold,2017-08-01,2017-09-30,forbidden,ca-gov-7282.5-hold,,',
      '48201,TX,hold,2017-08-01,2017-08-31,permitted,,,',
      '48201,TX,hold,2017-09-01,2017-09-30,required,tx-ccp-2.251,,',
    ]);
    const bad = await cli(
      ['law', 'panel', '--from', '2017-08-01', '--to', '2017-09-30', '--profile', 'no-record'].concat([
        '--fips',
        '06001,99999',
      ]),
    );
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/fips: names no county: 99999/);
  });

  /** The panel of January 2020, notification only, for a person with proof of lawful status. */
  const JANUARY_2020_NOTIFY =
    'law panel --from 2020-01-01 --to 2020-01-31 --profile lawful-status --action notify'.split(' ');

  it('prints one action to standard output, or JSON with --json', async () => {
    const csv = await cli(JANUARY_2020_NOTIFY);
    expect(csv.code).toBe(0);
    const rows = csv.stdout.trimEnd().split('\n').slice(1);
    expect(rows).toHaveLength(3231);
    expect(rows.every((r) => r.split(',')[2] === 'notify')).toBe(true);
    expect(rows).toContain('06001,CA,notify,2020-01-01,2020-01-31,undecided,,subject.convictions,');
    const json = await cli([...JANUARY_2020_NOTIFY, '--json']);
    expect(JSON.parse(json.stdout)).toMatchObject({
      from: '2020-01-01',
      actions: ['notify'],
      agencyKind: 'county-jail',
    });
  });

  it('refuses bad options with exit 2, naming each', async () => {
    const run = await cli(['law', 'panel', '--from', '2019-01-01', '--to', '2018-01-01', '--profile', 'no-record']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--to: must not be before from/);
    const profile = await cli(['law', 'panel', '--from', '2018-01-01', '--to', '2018-02-01', '--profile', 'saint']);
    expect(profile.code).toBe(2);
    expect(profile.stderr).toMatch(/--profile: must be one of/);
  });

  it('says when --out cannot be written, with exit 1', async () => {
    const run = await cli([
      'law',
      'panel',
      '--from',
      '2018-01-01',
      '--to',
      '2018-01-02',
      '--profile',
      'no-record',
      '--action',
      'hold',
      '--out',
      join(dir, 'missing', 'x.csv'),
    ]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/--out: the file could not be written \(ENOENT\)/);
  });
});
