import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { prepareDatabase } from '../../src/composition/prepare-database.js';
import { createServices, type Services } from '../../src/composition/services.js';
import { guardedSignIn } from '../../src/core/auth/sign-in-guard.use-cases.js';
import { openDatabase } from '../../src/db/connect.js';
import type { DatabaseHandle } from '../../src/db/engine.js';
import { runCliInProcess as cli } from '../support/cli.js';
import { createTestDatabase, describeEachEngine } from '../support/engines.js';
import { DEMO } from '../support/test-app.js';

describeEachEngine('the users disable|enable|unlock and security-events commands', ({ engine }) => {
  let env: Record<string, string>;
  let handle: DatabaseHandle;
  let services: Services;
  let cleanup: () => Promise<void>;
  const ALAMEDA = '00000000-0000-4000-8000-000000000001';
  // The server's clock in these tests: real time, moved on by hand between attempts so delays pass.
  let now = Date.now();
  const clock = { now: () => new Date(now) };

  beforeAll(async () => {
    if (engine === 'sqlite') {
      const dir = mkdtempSync(join(tmpdir(), 'dd-cli-users-'));
      const path = join(dir, 'cli.db');
      env = { DATABASE_URL: `sqlite:${path}` };
      handle = openDatabase({ engine: 'sqlite', path });
      cleanup = async () => rmSync(dir, { recursive: true, force: true });
    } else {
      const database = await createTestDatabase('postgres');
      await database.close();
      env = { DATABASE_URL: database.url };
      handle = openDatabase({ engine: 'postgres', url: database.url, poolSize: 2 });
      cleanup = () => database.dispose();
    }
    services = createServices(handle, { sessionTtlHours: 1, clock });
    // The demo agencies and users, without the research demo records (the CLI's seed --demo adds those too).
    await prepareDatabase(handle, () => services, { demo: true });
  });
  afterAll(async () => {
    await handle.close();
    await cleanup();
  });

  const attempt = (email: string, password: string) => {
    now += 5000;
    return guardedSignIn(services.security, { email, password }, { address: '198.51.100.77' });
  };

  it('unlocks an email locked by failed sign-ins, and lists the security events', async () => {
    const email = DEMO.alameda('auditor');
    for (let i = 0; i < 5; i++) expect((await attempt(email, `wrong ${i}`)).ok).toBe(false);
    const locked = await attempt(email, DEMO.password);
    expect(!locked.ok && locked.error.code).toBe('AUTH.TEMPORARILY_LOCKED');

    const events = await cli(
      ['security-events', 'list', '--agency', ALAMEDA, '--kind', 'account.locked', '--json'],
      env,
    );
    expect(events.code).toBe(0);
    expect(JSON.parse(events.stdout).events).toEqual([
      expect.objectContaining({ kind: 'account.locked', userEmail: email, address: '198.51.100.77' }),
    ]);

    const unlocked = await cli(['users', 'unlock', '--email', email.toUpperCase(), '--json'], env);
    expect(unlocked.code).toBe(0);
    expect(JSON.parse(unlocked.stdout).user).toMatchObject({ email, lockedUntil: null });
    expect((await attempt(email, DEMO.password)).ok).toBe(true);

    const table = await cli(['security-events', 'list', '--agency', ALAMEDA], env);
    expect(table.stdout).toMatch(/account\.unlocked\s+auditor@alameda\.demo\.example/);
    expect(table.stdout).not.toContain(DEMO.password);
    expect(table.stderr).toMatch(/of \d+ events/);
  });

  it('lists attempts on unknown emails only without --agency, by digest', async () => {
    expect((await attempt('ghost@example.org', 'whatever it is')).ok).toBe(false);
    const all = await cli(['security-events', 'list', '--kind', 'sign-in.failed', '--json'], env);
    const ghost = JSON.parse(all.stdout).events.find((e: { userId: string | null }) => e.userId === null);
    expect(ghost).toMatchObject({ userEmail: null, emailDigest: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(all.stdout).not.toContain('ghost');
    const agency = await cli(['security-events', 'list', '--agency', ALAMEDA, '--json'], env);
    expect(JSON.parse(agency.stdout).events.every((e: { userId: string | null }) => e.userId !== null)).toBe(true);
    const unlocked = await cli(['users', 'unlock', '--email', 'ghost@example.org'], env);
    expect(unlocked.stdout).toBe('Unlocked (no account has this email).\n');

    // Options are checked with the schema of GET /api/v1/security-events, each named as typed.
    for (const [args, named] of [
      [['--kind', 'bogus'], '--kind: '],
      [['--limit', '0'], '--limit: '],
      [['--user', 'someone'], '--user: '],
      [['--from', '2026-13-01T00:00:00Z'], '--from: '],
      [['--from', '2026-12-02T00:00:00Z', '--to', '2026-12-01T00:00:00Z'], '--from: must not be after to'],
      [['--agency', 'not-an-id'], '--agency: '],
    ] as const) {
      const run = await cli(['security-events', 'list', ...args], env);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr).toContain(named);
    }
  });

  it('disables a user (sign-in refused, sessions and tokens ended) and enables them again', async () => {
    // A records officer: no second factor to give at sign-in.
    const email = DEMO.alameda('records-officer');
    const signedIn = await attempt(email, DEMO.password);
    expect(signedIn.ok).toBe(true);
    const disabled = await cli(['users', 'disable', '--email', email, '--json'], env);
    expect(disabled.code).toBe(0);
    expect(JSON.parse(disabled.stdout).user).toMatchObject({ email, disabled: true });
    const id = JSON.parse(disabled.stdout).user.id as string;
    expect(await handle.db.selectFrom('sessions').select('id').where('user_id', '=', id).execute()).toEqual([]);
    expect((await attempt(email, DEMO.password)).ok).toBe(false);

    const enabled = await cli(['users', 'enable', '--email', email], env);
    expect(enabled.code).toBe(0);
    expect(enabled.stdout).toContain('enabled');
    expect((await attempt(email, DEMO.password)).ok).toBe(true);

    expect((await cli(['users', 'disable', '--email', 'nobody@example.org'], env)).code).toBe(3);
    const lastAdmin = await cli(['users', 'disable', '--email', DEMO.alameda('admin')], env);
    expect(lastAdmin.code).toBe(4);
    expect(lastAdmin.stderr).toContain('without an enabled admin');
  });
});
