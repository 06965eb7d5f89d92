import { chmodSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/connect.js';
import { migrateToLatest } from '../../src/db/migrations/migrate.js';
import { runCliProcess } from '../support/cli.js';

/** Finding 8 (part): the SQLite database and its WAL files are the owner's only; so is a folder we create. */
describe('finding 8: SQLite files are created owner-only', () => {
  const root = mkdtempSync(join(tmpdir(), 'dd-file-mode-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const mode = (path: string) => statSync(path).mode & 0o777;

  it('creates the folder 0700 and the database, -wal and -shm 0600, under a permissive umask', async () => {
    const path = join(root, 'var', 'nested', 'desk.db');
    const previous = process.umask(0o022);
    try {
      const handle = openDatabase({ engine: 'sqlite', path });
      await migrateToLatest(handle);
      expect(mode(path)).toBe(0o600);
      expect(mode(`${path}-wal`)).toBe(0o600);
      expect(mode(`${path}-shm`)).toBe(0o600);
      expect(mode(join(root, 'var', 'nested'))).toBe(0o700);
      expect(mode(join(root, 'var'))).toBe(0o700);
      await handle.close();
    } finally {
      process.umask(previous);
    }
    // New files of this process are not affected beyond the database's creation.
    writeFileSync(join(root, 'other.txt'), 'x');
    expect(mode(join(root, 'other.txt'))).toBe(0o644);
  });

  it('tightens a database file that an earlier version left world-readable', async () => {
    const path = join(root, 'old.db');
    openDatabase({ engine: 'sqlite', path }).close();
    chmodSync(path, 0o644);
    const handle = openDatabase({ engine: 'sqlite', path });
    expect(mode(path)).toBe(0o600);
    await handle.close();
  });

  it('does the same through the CLI (migrate into a new var/ folder)', async () => {
    const folder = join(root, 'cli-var');
    const run = await runCliProcess(['migrate'], { DATABASE_URL: `sqlite:${join(folder, 'desk.db')}` });
    expect(run.code, run.stderr).toBe(0);
    expect(mode(folder)).toBe(0o700);
    expect(mode(join(folder, 'desk.db'))).toBe(0o600);
  });
});
