import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/connect.js';
import { DEMO_AGENCIES } from '../../src/ingest/demo/demo-agencies.js';
import { runCliInProcess as cli } from '../support/cli.js';
import { createTestDatabase, describeEachEngine } from '../support/engines.js';

const ALAMEDA = DEMO_AGENCIES[0]!.agency.id;

describeEachEngine('detainer-desk audit verify and audit reads', ({ engine }) => {
  let env: Record<string, string>;
  let target: Parameters<typeof openDatabase>[0];
  let cleanup: () => Promise<void>;

  beforeAll(async () => {
    if (engine === 'sqlite') {
      const dir = mkdtempSync(join(tmpdir(), 'dd-audit-'));
      const path = join(dir, 'audit.db');
      env = { DATABASE_URL: `sqlite:${path}` };
      target = { engine: 'sqlite', path };
      cleanup = async () => rmSync(dir, { recursive: true, force: true });
    } else {
      const database = await createTestDatabase('postgres');
      await database.close();
      env = { DATABASE_URL: database.url };
      target = { engine: 'postgres', url: database.url, poolSize: 1 };
      cleanup = () => database.dispose();
    }
    const seeded = await cli(['seed', '--demo', '--json'], env);
    expect(seeded.code, seeded.stderr).toBe(0);
  });
  afterAll(async () => cleanup());

  it('reports every chain intact and exits 0', async () => {
    const run = await cli(['audit', 'verify'], env);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    for (const { agency } of DEMO_AGENCIES) {
      expect(run.stdout).toMatch(new RegExp(`^agency ${agency.id}: \\d+ events, chain intact$`, 'm'));
    }

    const json = await cli(['audit', 'verify', '--agency', ALAMEDA, '--json'], env);
    expect(json.code).toBe(0);
    const report = JSON.parse(json.stdout);
    expect(report).toMatchObject({ ok: true, chains: [{ agencyId: ALAMEDA, ok: true, broken: null }] });
    expect(report.chains[0].events).toBeGreaterThan(0);
  });

  it('answers 3 for an agency that does not exist', async () => {
    const run = await cli(['audit', 'verify', '--agency', '00000000-0000-4000-8000-0000000000ff'], env);
    expect(run.code).toBe(3);
    expect(run.stderr).toContain('agency');
  });

  it('audit reads lists who read which detainer, through the same use case and schema as GET /audit/reads', async () => {
    const handle = openDatabase(target);
    let detainerId: string;
    try {
      const row = await handle.db
        .selectFrom('detainer_requests')
        .select('id')
        .where('agency_id', '=', ALAMEDA)
        .orderBy('id')
        .limit(1)
        .executeTakeFirstOrThrow();
      detainerId = row.id;
    } finally {
      await handle.close();
    }
    const shown = await cli(['detainers', 'show', detainerId, '--as', 'auditor@alameda.demo.example', '--json'], env);
    expect(shown.code, shown.stderr).toBe(0);
    const fullName = JSON.parse(shown.stdout).subject.fullName as string | null;

    const json = await cli(['audit', 'reads', '--agency', ALAMEDA, '--detainer', detainerId, '--json'], env);
    expect(json.code, json.stderr).toBe(0);
    const page = JSON.parse(json.stdout);
    expect(page).toMatchObject({ limit: 100, offset: 0 });
    // The newest read is the one just made (the demo's own commands read it before).
    expect(page.reads[0]).toMatchObject({
      detainerId,
      userEmail: 'auditor@alameda.demo.example',
      purpose: 'view',
      channel: 'cli',
    });
    if (fullName) expect(json.stdout).not.toContain(fullName);

    const table = await cli(['audit', 'reads', '--detainer', detainerId, '--limit', '1'], env);
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(new RegExp(`auditor@alameda\\.demo\\.example\\s+${detainerId}\\s+view\\s+cli`));
    expect(table.stderr).toContain(`1 of ${page.total} reads`);

    const bad = await cli(['audit', 'reads', '--detainer', 'nope', '--limit', '0'], env);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--detainer');
    expect(bad.stderr).toContain('--limit');
  });

  it('exits 1 naming the altered event after someone edits a payload behind the triggers', async () => {
    const handle = openDatabase(target);
    let seq: number;
    let detainerId: string;
    try {
      // What someone with direct database access could do: lift the protection, then edit.
      if (engine === 'sqlite') await sql`DROP TRIGGER detainer_events_no_update`.execute(handle.db);
      else await sql`ALTER TABLE detainer_events DISABLE TRIGGER USER`.execute(handle.db);
      const row = await handle.db
        .selectFrom('detainer_events')
        .selectAll()
        .where('agency_id', '=', ALAMEDA)
        .where('type', '=', 'received')
        .orderBy('seq', 'desc')
        .limit(1)
        .executeTakeFirstOrThrow();
      seq = Number(row.seq);
      detainerId = row.detainer_id;
      await handle.db
        .updateTable('detainer_events')
        .set({ payload: JSON.stringify({ type: 'received', receivedAt: '2020-01-01T00:00:00.000Z' }) })
        .where('agency_id', '=', ALAMEDA)
        .where('seq', '=', seq)
        .execute();
    } finally {
      await handle.close();
    }

    const run = await cli(['audit', 'verify'], env);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      `agency ${ALAMEDA}: chain BROKEN at event seq ${seq} (detainer ${detainerId}, version 1)`,
    );
    expect(run.stderr).toContain(
      `agency ${ALAMEDA}, event seq ${seq} (detainer ${detainerId}, version 1): hash-mismatch`,
    );
    // The other agencies' chains are still reported intact.
    for (const { agency } of DEMO_AGENCIES.slice(1)) {
      expect(run.stdout).toMatch(new RegExp(`^agency ${agency.id}: \\d+ events, chain intact$`, 'm'));
    }

    const json = await cli(['audit', 'verify', '--json'], env);
    expect(json.code).toBe(1);
    const broken = JSON.parse(json.stdout).chains.find((c: { agencyId: string }) => c.agencyId === ALAMEDA);
    expect(broken).toMatchObject({ ok: false, broken: { seq, detainerId, version: 1, problem: 'hash-mismatch' } });
  });
});
