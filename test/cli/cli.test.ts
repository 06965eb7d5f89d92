import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { runCliInProcess as cli, runCliProcess } from '../support/cli.js';
import { createTestDatabase, describeEachEngine } from '../support/engines.js';
import { EVERY_MIGRATION } from '../support/migrations.js';

describeEachEngine('the detainer-desk CLI', ({ engine }) => {
  let env: Record<string, string>;
  let cleanup: () => Promise<void>;
  const ALAMEDA = '00000000-0000-4000-8000-000000000001';

  beforeAll(async () => {
    if (engine === 'sqlite') {
      const dir = mkdtempSync(join(tmpdir(), 'dd-cli-'));
      env = { DATABASE_URL: `sqlite:${join(dir, 'cli.db')}` };
      cleanup = async () => rmSync(dir, { recursive: true, force: true });
    } else {
      const database = await createTestDatabase('postgres');
      await database.close();
      env = { DATABASE_URL: database.url };
      cleanup = () => database.dispose();
    }
  });
  afterAll(async () => cleanup());

  it('migrates once, then reports the database up to date', async () => {
    const first = await cli(['migrate', '--json'], env);
    expect(first.code).toBe(0);
    expect(JSON.parse(first.stdout)).toMatchObject({
      engine,
      applied: EVERY_MIGRATION,
    });
    const second = await cli(['migrate'], env);
    expect(second.stdout).toBe(`${engine}: database is up to date.\n`);
  });

  it('seeds the synthetic demo once', async () => {
    const first = JSON.parse((await cli(['seed', '--demo', '--json'], env)).stdout);
    expect(first.demo).toEqual({ agenciesAdded: 3, usersAdded: 15, requestsAdded: 12 });
    const again = JSON.parse((await cli(['seed', '--demo', '--json'], env)).stdout);
    expect(again).toMatchObject({ placesChanged: false, demo: { agenciesAdded: 0, usersAdded: 0, requestsAdded: 0 } });
  });

  it('lists agencies and adds a user with the password from standard input', async () => {
    const agencies = JSON.parse((await cli(['agencies', 'list', '--json'], env)).stdout).agencies;
    expect(agencies.map((a: { id: string }) => a.id)).toContain(ALAMEDA);

    const add = ['users', 'add', '--agency', ALAMEDA, '--email', 'New.Officer@Example.org', '--name', 'New Officer'];
    const added = await cli(
      [...add, '--role', 'records-officer', '--password-stdin', '--json'],
      env,
      'a long enough password\n',
    );
    expect(added.code).toBe(0);
    expect(JSON.parse(added.stdout).user).toMatchObject({ email: 'new.officer@example.org', role: 'records-officer' });

    const again = await cli([...add, '--role', 'records-officer', '--password-stdin'], env, 'a long enough password\n');
    expect(again.code).toBe(4);
    expect(again.stderr).toContain('already exists');

    const badRole = await cli([...add, '--role', 'sheriff', '--password-stdin'], env, 'a long enough password\n');
    expect(badRole.code).toBe(2);
    expect(badRole.stderr).toContain('role');

    const shortPassword = await cli([...add, '--role', 'auditor', '--password-stdin'], env, 'short\n');
    expect(shortPassword.code).toBe(2);
    expect(shortPassword.stderr).toContain('password');

    const noAgency = await cli(
      [
        'users',
        'add',
        '--agency',
        '00000000-0000-4000-8000-0000000000ff',
        '--email',
        'a@b.org',
        '--name',
        'A',
        '--role',
        'auditor',
      ],
      { ...env, DD_PASSWORD: 'a long enough password' },
    );
    expect(noAgency.code).toBe(3);

    const listed = await cli(['users', 'list', '--agency', ALAMEDA, '--json'], env);
    const users = JSON.parse(listed.stdout).users;
    expect(users.map((u: { email: string }) => u.email)).toContain('new.officer@example.org');
    expect(listed.stdout).not.toContain('argon2');
  }, 120_000); // seven CLI processes, each a few seconds to start on a busy 2-core machine

  it('creates an API token shown once, and refuses unknown users', async () => {
    const created = await cli(
      ['tokens', 'create', '--user', 'new.officer@example.org', '--name', 'sync', '--json'],
      env,
    );
    expect(created.code).toBe(0);
    expect(JSON.parse(created.stdout).token).toMatch(/^ddk_/);
    const plain = await cli(['tokens', 'create', '--user', 'new.officer@example.org', '--name', 'sync'], env);
    expect(plain.stdout).toMatch(/^ddk_[\w-]+\n$/);
    expect(plain.stderr).toContain('not shown again');
    const unknown = await cli(['tokens', 'create', '--user', 'ghost@example.org', '--name', 'x'], env);
    expect(unknown.code).toBe(3);
  });
});

// The compiled CLI in a process of its own, as an operator starts it: the exit codes reach the shell.
it('prints help, and exits 2 on an unknown command and 78 on a bad variable', async () => {
  const cli = runCliProcess;
  const help = await cli(['--help'], {});
  expect(help.code).toBe(0);
  for (const command of ['serve', 'migrate', 'seed', 'users', 'tokens', 'agencies', 'evaluate', 'policy'])
    expect(help.stdout).toContain(command);
  expect(help.stdout).toContain('6 a fact the law needs is missing');
  expect((await cli(['users', 'frobnicate'], {})).code).toBe(2);
  const bad = await cli(['migrate'], { DATABASE_URL: 'mysql://localhost/x' });
  expect(bad.code).toBe(78);
  expect(bad.stderr).toContain('DATABASE_URL');
});
