import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { totpCode } from '../../src/core/auth/totp.js';
import { DEMO_TOTP_SECRET } from '../../src/ingest/demo/demo-agencies.js';
import { runCliInProcess as cli } from '../support/cli.js';
import { createTestDatabase, describeEachEngine } from '../support/engines.js';

describeEachEngine('the CLI: API tokens and second factors', ({ engine }) => {
  let env: Record<string, string>;
  let cleanup: () => Promise<void>;
  const ALAMEDA = '00000000-0000-4000-8000-000000000001';
  const OFFICER = 'records-officer@alameda.demo.example';

  beforeAll(async () => {
    if (engine === 'sqlite') {
      const dir = mkdtempSync(join(tmpdir(), 'dd-cli-auth-'));
      env = { DATABASE_URL: `sqlite:${join(dir, 'cli.db')}` };
      cleanup = async () => rmSync(dir, { recursive: true, force: true });
    } else {
      const database = await createTestDatabase('postgres');
      await database.close();
      env = { DATABASE_URL: database.url };
      cleanup = () => database.dispose();
    }
    const seeded = await cli(['seed', '--demo', '--json'], env);
    if (seeded.code !== 0) throw new Error(seeded.stderr);
  }, 120_000);
  afterAll(async () => cleanup());

  // Each command is a process of its own (several seconds on a loaded machine).
  const SLOW = { timeout: 90_000 };
  let token: { id: string; token: string; createdAt: string; expiresAt: string };

  it('creates a token with a lifetime, and checks the lifetime', SLOW, async () => {
    const created = await cli(
      ['tokens', 'create', '--user', OFFICER, '--name', 'weekly export', '--expires-in-days', '7', '--json'],
      env,
    );
    expect(created.code).toBe(0);
    token = JSON.parse(created.stdout) as typeof token;
    expect(Date.parse(token.expiresAt) - Date.parse(token.createdAt)).toBe(7 * 86_400_000);

    const notANumber = await cli(
      ['tokens', 'create', '--user', OFFICER, '--name', 'x', '--expires-in-days', 'ten'],
      env,
    );
    expect(notANumber.code).toBe(2);
    expect(notANumber.stderr).toContain('--expires-in-days');
    const tooLong = await cli(['tokens', 'create', '--user', OFFICER, '--name', 'x', '--expires-in-days', '400'], env);
    expect(tooLong.code).toBe(2);
    expect(tooLong.stderr).toContain('--expires-in-days: must be');
  });

  it('lists tokens by user or agency, without their secrets', SLOW, async () => {
    const listed = await cli(['tokens', 'list', '--user', OFFICER, '--json'], env);
    expect(listed.code).toBe(0);
    expect(listed.stdout).not.toContain(token.token.slice(4));
    const tokens = JSON.parse(listed.stdout).tokens as Array<Record<string, unknown>>;
    expect(tokens).toEqual([
      expect.objectContaining({ id: token.id, name: 'weekly export', userEmail: OFFICER, revokedAt: null }),
    ]);
    expect(Object.keys(tokens[0]!)).not.toContain('token');

    const table = await cli(['tokens', 'list', '--agency', ALAMEDA], env);
    expect(table.stdout).toMatch(/weekly export\s+records-officer@alameda\.demo\.example.*\bactive\n/);
    const otherAgency = await cli(
      ['tokens', 'list', '--agency', '00000000-0000-4000-8000-000000000002', '--json'],
      env,
    );
    expect(JSON.parse(otherAgency.stdout).tokens).toEqual([]);
  });

  it('revokes a token', SLOW, async () => {
    const revoked = await cli(['tokens', 'revoke', token.id], env);
    expect(revoked.code).toBe(0);
    expect(revoked.stdout).toContain(`Revoked token ${token.id}`);
    const after = JSON.parse((await cli(['tokens', 'list', '--user', OFFICER, '--json'], env)).stdout).tokens;
    expect(after[0].revokedAt).not.toBeNull();
    const unknown = await cli(['tokens', 'revoke', '00000000-0000-4000-8000-00000000dead'], env);
    expect(unknown.code).toBe(3);
  });

  it("resets a user's second factor", SLOW, async () => {
    const args = ['users', 'reset-second-factor', '--email', 'supervisor@alameda.demo.example', '--json'];
    const first = await cli(args, env);
    expect(first.code).toBe(0);
    expect(JSON.parse(first.stdout)).toMatchObject({ hadFactor: true });
    expect(JSON.parse((await cli(args, env)).stdout)).toMatchObject({ hadFactor: false });
    const unknown = await cli(['users', 'reset-second-factor', '--email', 'ghost@example.org'], env);
    expect(unknown.code).toBe(3);
    expect(unknown.stderr).toContain('email');
  });

  it('prints the current code of a TOTP secret (the demo one)', SLOW, async () => {
    const before = totpCode(DEMO_TOTP_SECRET, new Date());
    const run = await cli(['totp-code', '--secret', DEMO_TOTP_SECRET], env);
    const after = totpCode(DEMO_TOTP_SECRET, new Date());
    expect(run.code).toBe(0);
    expect([`${before}\n`, `${after}\n`]).toContain(run.stdout);
    const bad = await cli(['totp-code', '--secret', 'not-base32'], env);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--secret');
  });
});
