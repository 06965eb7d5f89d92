import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/db/engine.js';
import { runCliInProcess as cli } from '../support/cli.js';
import { createSharedDatabase, ENGINES } from '../support/engines.js';
import { DEMO } from '../support/test-app.js';

/**
 * The rule for migrations (README, "Upgrades"; src/db/migrations/migrate.ts): the previous release
 * keeps serving on the schema this checkout migrates to. Its server, built from git history at the
 * commit release/previous-release names, runs on a database this checkout migrated and seeded, and
 * every read path it serves answers.
 */
const ROOT = process.cwd();
const PREVIOUS = readFileSync(join(ROOT, 'release', 'previous-release'), 'utf8').trim();
const git = (args: readonly string[]) => spawnSync('git', args, { cwd: ROOT, encoding: 'utf8' });
/** A source tarball has no history; a clone (CI's) does. */
const HISTORY = git(['rev-parse', '--is-inside-work-tree']).stdout.trim() === 'true';

/**
 * The previous release's source (git archive) with this checkout's node_modules, transpiled to dist/
 * as tests transpile this checkout's (esbuild; type checking is the release's own CI's job). Built once
 * per commit and node_modules in the temporary folder, then reused.
 */
async function previousRelease(): Promise<string> {
  const resolved = git(['rev-parse', '--verify', '--quiet', `${PREVIOUS}^{commit}`]);
  if (resolved.status !== 0) {
    throw new Error(
      `release/previous-release names ${PREVIOUS}, which this clone's history lacks ` +
        '(a shallow clone? `git fetch --unshallow`)',
    );
  }
  const commit = resolved.stdout.trim();
  const nodeModules = realpathSync(join(ROOT, 'node_modules'));
  const key = createHash('sha256').update(`${commit}\n${nodeModules}`).digest('hex').slice(0, 16);
  const root = join(tmpdir(), `detainer-desk-release-${commit.slice(0, 12)}-${key}`);
  if (existsSync(join(root, 'dist', 'BUILT'))) return root;

  const staging = mkdtempSync(`${root}-staging-`);
  const archive = spawnSync('git', ['archive', '--format=tar', commit], { cwd: ROOT, maxBuffer: 1 << 30 });
  if (archive.status !== 0) throw new Error(`git archive ${commit} failed: ${archive.stderr.toString()}`);
  const unpacked = spawnSync('tar', ['-x', '-C', staging], { input: archive.stdout });
  if (unpacked.status !== 0) throw new Error(`tar failed: ${unpacked.stderr.toString()}`);
  symlinkSync(nodeModules, join(staging, 'node_modules'), 'dir');
  const src = join(staging, 'src');
  await build({
    entryPoints: readdirSync(src, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
      .map((file) => join(src, file)),
    outdir: join(staging, 'dist'),
    outbase: src,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    logLevel: 'warning',
  });
  writeFileSync(join(staging, 'dist', 'BUILT'), `${commit}\n`);
  try {
    renameSync(staging, root);
  } catch {
    // Another run built it meanwhile: use theirs.
    rmSync(staging, { recursive: true, force: true });
  }
  return root;
}

interface OldServer {
  readonly url: string;
  readonly banner: string;
  stop(): Promise<number | null>;
}

/** `detainer-desk serve` of the previous release, on the given database, until it prints where it listens. */
function startOldServer(root: string, env: Record<string, string>): Promise<OldServer> {
  return new Promise((resolve, reject) => {
    const child: ChildProcess = spawn(process.execPath, [join(root, 'dist', 'cli', 'main.js'), 'serve'], {
      cwd: root,
      env: {
        ...process.env,
        ...env,
        PORT: '0',
        HOST: '127.0.0.1',
        LOG_LEVEL: 'silent',
        DEMO_DATA: 'false',
        WORKER_THREADS: '1',
        RATE_LIMIT_ANONYMOUS: '1000000',
        RATE_LIMIT_USER: '1000000',
        RATE_LIMIT_PORTAL_ANONYMOUS: '1000000',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
    child.stderr!.on('data', (c: Buffer) => (stderr += c.toString()));
    child.stdout!.on('data', (c: Buffer) => {
      stdout += c.toString();
      const url = /running at (http:\/\/\S+)/.exec(stdout)?.[1];
      if (url && stdout.includes('migrations applied now')) {
        resolve({
          url,
          banner: stdout,
          stop: () => {
            child.kill('SIGTERM');
            return exited;
          },
        });
      }
    });
    void exited.then((code) =>
      reject(
        new Error(
          `the previous release's server exited (${code}): ${stderr}\n` +
            '(A release before the one that tolerates a later schema, src/db/migrations/migrate.ts, refuses to ' +
            'start on a database with a migration it does not know: release/previous-release must name a ' +
            'release that tolerates it before a new migration lands.)',
        ),
      ),
    );
  });
}

const title = HISTORY
  ? `the previous release (${PREVIOUS}) serving on this release's schema`
  : `the previous release serving on this release's schema (skipped: no git history here, as in a source ` +
    'tarball; the check runs in a clone, as in CI)';

if (!HISTORY) console.warn(`Skipped: ${title}`);

describe.skipIf(!HISTORY)(title, () => {
  let root: string;
  beforeAll(async () => {
    root = await previousRelease();
  });

  // PostgreSQL first: there two releases serve one database at once during an upgrade.
  for (const engine of [...ENGINES].reverse() as Engine[]) {
    describe(`[${engine}]`, () => {
      let database: Awaited<ReturnType<typeof createSharedDatabase>>;
      let server: OldServer;
      let cookie: string;
      const get = async (path: string, signedIn = false) => {
        const response = await fetch(`${server.url}/api/v1${path}`, signedIn ? { headers: { cookie } } : {});
        return { status: response.status, body: (await response.json()) as Record<string, unknown> };
      };

      beforeAll(async () => {
        database = await createSharedDatabase(engine);
        // Migrated and seeded by this checkout's code.
        const seeded = await cli(['seed', '--demo', '--json'], database.env);
        expect(seeded.code, seeded.stderr).toBe(0);
        server = await startOldServer(root, database.env);
      });
      afterAll(async () => {
        await server?.stop();
        await database?.dispose();
      });

      it('starts without migrating anything and reports health', async () => {
        expect(server.banner).toContain('migrations applied now: none (up to date)');
        expect(await get('/health')).toMatchObject({ status: 200, body: { status: 'ok', database: engine } });
      });

      it("signs a records officer in and lists and opens the agency's detainers", async () => {
        const signIn = await fetch(`${server.url}/api/v1/auth/sign-in`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ email: DEMO.alameda('records-officer'), password: DEMO.password }),
        });
        expect(signIn.status).toBe(200);
        cookie = signIn.headers.getSetCookie()[0]!.split(';')[0]!;

        expect(await get('/auth/me', true)).toMatchObject({ status: 200, body: { user: { role: 'records-officer' } } });
        const inbox = await get('/detainers', true);
        expect(inbox.status).toBe(200);
        const items = inbox.body.items as Array<{ id: string; status: string }>;
        expect(items.length).toBeGreaterThan(0);
        // The inbox by deadline (the projection's urgency key) lists the same requests.
        const byDeadline = await get('/detainers?sort=deadline', true);
        expect(byDeadline.status).toBe(200);
        expect((byDeadline.body.items as unknown[]).length).toBe(items.length);
        const detail = await get(`/detainers/${items[0]!.id}`, true);
        expect(detail).toMatchObject({ status: 200, body: { id: items[0]!.id } });
        expect((await get('/alarms', true)).status).toBe(200);
        expect((await get('/stats/desk', true)).status).toBe(200);
      });

      it('serves the law library', async () => {
        const library = await get('/policies');
        expect(library.status).toBe(200);
        const ids = (library.body.rules as Array<{ id: string }>).map((r) => r.id);
        expect(ids).toEqual(expect.arrayContaining(['us-8cfr-287.7', 'ca-gov-7284.6-a1b', 'tx-ccp-2.251']));
        expect(await get('/policies/ca-gov-7284.6-a1b')).toMatchObject({
          status: 200,
          body: { id: 'ca-gov-7284.6-a1b' },
        });
      });

      it('serves the public statistics of the seeded release', async () => {
        const releases = await get('/stats/releases');
        expect(releases.status).toBe(200);
        expect(JSON.stringify(releases.body)).toContain('synthetic-demo');
        const byYear = await get('/stats/detainers?groupBy=year');
        expect(byYear.status).toBe(200);
        expect(JSON.stringify(byYear.body)).toMatch(/"count":[1-9]/);
      });

      it('serves places, their summaries and the law map', async () => {
        const states = await get('/places/states');
        expect(states.status).toBe(200);
        expect(states.body.states).toHaveLength(56);
        expect(await get('/places/counties/06001')).toMatchObject({ status: 200 });
        expect((await get('/places/CA/06001/summary')).status).toBe(200);
        expect((await get('/places/CA/06001/policies')).status).toBe(200);
        const map = await get('/law/map?at=2016-02-29&action=notify&profile=serious-felony');
        expect(map.status).toBe(200);
        expect(Object.keys(map.body).length).toBeGreaterThan(0);
      });
    });
  }
});
