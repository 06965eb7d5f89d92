import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCliInProcess } from '../support/cli.js';
import { alameda2018 } from '../support/evaluation-samples.js';

const NO_DATABASE = { DATABASE_URL: 'mysql://nowhere/none' };
const cli = (args: string[], stdin = '') => runCliInProcess(args, NO_DATABASE, stdin);

const texas2017 = {
  asOf: '2017-09-01T10:00:00-05:00',
  place: { state: 'TX', countyFips: '48201' },
  request: { form: 'I-247A', warrant: 'administrative', probableCause: ['biometric-database'] },
  subject: { proofOfLawfulStatus: false },
  releaseEligibleAt: '2017-09-01T16:00:00-05:00',
};

describe('detainer-desk evaluate', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dd-evaluate-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('decides one input from standard input and prints the decision contract', async () => {
    const run = await cli(['evaluate', '-'], JSON.stringify(alameda2018));
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const decision = JSON.parse(run.stdout);
    expect(Object.keys(decision)).toEqual(['actions', 'duties', 'applied', 'trace']);
    expect(decision.actions.hold).toEqual({ requested: true, modality: 'forbidden', decision: 'decline', until: null });
    expect(decision.actions.notify).toMatchObject({ modality: 'permitted', decision: 'comply' });
    expect(decision.duties[0]).toEqual(
      expect.objectContaining({ id: 'ca-truth-copy-and-intent', text: expect.any(String), due: expect.any(String) }),
    );
    expect(decision.applied).toContainEqual(
      expect.objectContaining({ rule: 'ca-gov-7284.6-a1b', version: '2018-01-01', level: 'state-statute' }),
    );
    expect(decision.trace).toMatchObject({ localDate: '2018-06-01', timeZone: 'America/Los_Angeles' });
    expect(run.stdout).toContain('\n  "actions"'); // pretty-printed
  });

  it('reads standard input when no file is named, and a file when one is', async () => {
    expect((await cli(['evaluate'], JSON.stringify(texas2017))).code).toBe(0);
    const file = join(dir, 'texas.json');
    writeFileSync(file, JSON.stringify(texas2017));
    const run = await cli(['evaluate', file]);
    expect(run.code).toBe(0);
    const decision = JSON.parse(run.stdout);
    expect(decision.actions.hold).toMatchObject({ modality: 'required', decision: 'comply' });
    expect(decision.duties.map((d: { id: string }) => d.id)).toContain('tx-inform-held-on-detainer');
    const missing = await cli(['evaluate', join(dir, 'nope.json')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('nope.json');
  });

  it('decides a list in the same order', async () => {
    const run = await cli(['evaluate', '-'], JSON.stringify([texas2017, alameda2018]));
    expect(run.code).toBe(0);
    const decisions = JSON.parse(run.stdout);
    expect(decisions.map((d: { trace: { place: { state: string } } }) => d.trace.place.state)).toEqual(['TX', 'CA']);
  });

  it('answers invalid JSON with exit 2 and the error envelope on standard output', async () => {
    const run = await cli(['evaluate', '-'], '{"asOf": ');
    expect(run.code).toBe(2);
    expect(JSON.parse(run.stdout)).toEqual({
      error: {
        code: 'REQUEST.INVALID_FIELD',
        message: expect.stringContaining('not valid JSON'),
        details: expect.objectContaining({ field: 'input' }),
      },
    });
  });

  it('answers an invalid field with exit 2, naming the field', async () => {
    const run = await cli(['evaluate', '-'], JSON.stringify({ ...alameda2018, request: { form: 'I-247A', speed: 3 } }));
    expect(run.code).toBe(2);
    const { error } = JSON.parse(run.stdout);
    expect(error).toMatchObject({ code: 'REQUEST.INVALID_FIELD', details: { field: 'request.speed' } });
    expect(error.message).toContain('request.speed');
    expect(run.stderr).toContain('request.speed');
  });

  it('puts an error in the slot of each invalid item of a list, and exits 2', async () => {
    const run = await cli(['evaluate', '-'], JSON.stringify([alameda2018, { ...texas2017, asOf: 'noon' }, 7]));
    expect(run.code).toBe(2);
    const [first, second, third] = JSON.parse(run.stdout);
    expect(first.actions).toBeDefined();
    expect(second.error).toMatchObject({ code: 'REQUEST.INVALID_FIELD', details: { field: 'asOf', index: 1 } });
    expect(third.error).toMatchObject({ code: 'REQUEST.INVALID_FIELD', details: { field: 'input', index: 2 } });
  });

  it('refuses an instant of year 0000, a control character and a duplicate key, naming the field (exit 2)', async () => {
    const year0 = await cli(['evaluate', '-'], JSON.stringify({ ...alameda2018, asOf: '0000-06-01T10:00:00Z' }));
    expect(year0.code).toBe(2);
    expect(JSON.parse(year0.stdout).error).toMatchObject({ code: 'REQUEST.INVALID_FIELD', details: { field: 'asOf' } });
    const nul = await cli(['evaluate', '-'], JSON.stringify({ ...alameda2018, place: { state: 'C\u0000A' } }));
    expect(nul.code).toBe(2);
    expect(JSON.parse(nul.stdout).error.details.field).toBe('place.state');
    const duplicate = await cli(['evaluate', '-'], JSON.stringify(alameda2018).replace('{', '{"asOf":"x",'));
    expect(duplicate.code).toBe(2);
    expect(JSON.parse(duplicate.stdout).error).toMatchObject({
      code: 'REQUEST.INVALID_FIELD',
      details: { field: 'asOf', problem: 'appears more than once in its object' },
    });
  });

  it('answers a missing fact with its own exit code, naming the fact', async () => {
    const run = await cli(['evaluate', '-'], JSON.stringify({ ...texas2017, subject: {} }));
    expect(run.code).toBe(6);
    expect(JSON.parse(run.stdout).error).toMatchObject({
      code: 'POLICY.MISSING_FACT',
      details: { fact: 'subject.proofOfLawfulStatus', rules: ['tx-ccp-2.251'] },
    });
  });

  it('explains itself with --help', async () => {
    const run = await cli(['evaluate', '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Exit codes');
    expect(run.stdout).toContain('"asOf"');
  });
});

describe('detainer-desk policy', () => {
  it('runs every case of the library, prints the count and exits 0', async () => {
    const run = await cli(['policy', 'test']);
    expect(run.stdout).toMatch(/^(\d+) cases, \1 passed, 0 failed$/m);
    expect(run.code).toBe(0);
  });

  it('lints the library and exits 0', async () => {
    const run = await cli(['policy', 'lint']);
    expect(run.stdout).toMatch(/\d+ files, no problems/);
    expect(run.code).toBe(0);
  });

  it('shows one rule as JSON, and exits 3 for an unknown one', async () => {
    const run = await cli(['policy', 'show', 'tx-ccp-2.251', '--json']);
    expect(run.code).toBe(0);
    const rule = JSON.parse(run.stdout);
    expect(rule).toMatchObject({
      id: 'tx-ccp-2.251',
      level: 'state-statute',
      place: { kind: 'state', state: 'TX' },
      source: { file: 'state/tx/sb4-2017.policy.yaml' },
      versions: [{ effectiveFrom: '2017-09-01', repealed: false }],
    });
    expect(rule.source.notes.length).toBeGreaterThan(0);
    expect(rule.cases.length).toBeGreaterThan(0);
    const unknown = await cli(['policy', 'show', 'tx-nothing']);
    expect(unknown.code).toBe(3);
  });

  it('lists the rules as a table, and of one state', async () => {
    const run = await cli(['policy', 'list', '--state', 'CA']);
    expect(run.code).toBe(0);
    const [header, ...rows] = run.stdout.trimEnd().split('\n');
    expect(header).toMatch(/^ID\s+LEVEL\s+PLACE\s+CURRENT\s+TITLE$/);
    expect(rows.some((row) => /^ca-gov-7282\.5-hold\s.*repealed 2018-01-01/.test(row))).toBe(true);
    expect(rows.some((row) => row.startsWith('tx-'))).toBe(false);
    const json = JSON.parse((await cli(['policy', 'list', '--json'])).stdout);
    expect(json.rules.map((r: { id: string }) => r.id)).toContain('tx-ccp-2.251');
    expect((await cli(['policy', 'list', '--state', 'ZZ'])).code).toBe(3);
  });
});
