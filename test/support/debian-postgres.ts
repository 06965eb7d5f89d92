import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, chownSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type pg from 'pg';
import { withAdmin } from './engines.js';

/**
 * Debian's PostgreSQL server (package postgresql-15, `/usr/lib/postgresql/15/bin`), started in a
 * temporary folder on a free port, for what the embedded server (18) cannot give: a server that
 * Debian's pg_dump and pg_restore (15) accept. As root it runs as the `postgres` user, as
 * PostgreSQL requires. `.ci/run` installs the package; without it `available` is false.
 */
export const DEBIAN_POSTGRES_BIN = '/usr/lib/postgresql/15/bin';

export const debianPostgresAvailable = () =>
  existsSync(join(DEBIAN_POSTGRES_BIN, 'postgres')) && existsSync(join(DEBIAN_POSTGRES_BIN, 'initdb'));

export interface DebianPostgres {
  readonly adminUrl: string;
  createDatabase(name: string): Promise<string>;
  stop(): Promise<void>;
}

function runAs(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
  const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
  return { uid, gid };
}

export async function startDebianPostgres(): Promise<DebianPostgres> {
  const owner = runAs();
  const dir = mkdtempSync(join(tmpdir(), 'dd-pg15-'));
  chmodSync(dir, 0o700);
  if (owner) chownSync(dir, owner.uid, owner.gid);
  const data = join(dir, 'data');
  const port = 40000 + Math.floor(Math.random() * 20000);
  execFileSync(join(DEBIAN_POSTGRES_BIN, 'initdb'), ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8'], {
    stdio: 'ignore',
    ...owner,
  });
  const server = spawn(
    join(DEBIAN_POSTGRES_BIN, 'postgres'),
    ['-D', data, '-p', String(port), '-k', dir, '-c', 'listen_addresses=127.0.0.1', '-c', 'fsync=off'],
    { stdio: 'ignore', ...owner },
  );
  const adminUrl = `postgres://postgres@127.0.0.1:${port}/postgres`;
  const admin = <T>(work: (client: pg.Client) => Promise<T>) => withAdmin(adminUrl, work);
  for (let tries = 0; ; tries++) {
    try {
      await admin((client) => client.query('select 1'));
      break;
    } catch (error) {
      if (tries > 100 || server.exitCode !== null) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  return {
    adminUrl,
    async createDatabase(name) {
      await admin((client) => client.query(`create database ${name}`));
      return `postgres://postgres@127.0.0.1:${port}/${name}`;
    },
    async stop() {
      if (server.exitCode === null) {
        const exited = new Promise((resolve) => server.once('exit', resolve));
        server.kill('SIGINT');
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
