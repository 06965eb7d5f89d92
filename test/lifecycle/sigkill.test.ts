import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createServices } from '../../src/composition/services.js';
import { verifyAudit } from '../../src/core/audit/audit.use-cases.js';
import { openDatabase } from '../../src/db/connect.js';
import { compiledEntry, runCliProcess } from '../support/cli.js';
import { newDetainerBody } from '../support/test-app.js';

/**
 * Kills the server with SIGKILL in the middle of a burst of writes, then checks the database:
 * every acknowledged request is there with its events, nothing is half-written, the chain verifies.
 */
describe('a server killed mid-burst loses nothing it acknowledged', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dd-sigkill-'));
  const path = join(dir, 'desk.db');
  let child: ChildProcess | undefined;
  afterAll(() => {
    child?.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  });

  it('keeps every acknowledged write and no partial one', async () => {
    const env = {
      ...process.env,
      SQLITE_PATH: path,
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'silent',
      DEMO_DATA: 'true',
    };
    child = spawn(process.execPath, [compiledEntry('server/main')], {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    // Listen for the exit now: after SIGKILL it may come before we get round to waiting for it.
    const exited = new Promise((resolve) => child!.once('exit', resolve));
    let output = '';
    child.stdout!.on('data', (c: Buffer) => (output += c.toString()));
    child.stderr!.on('data', (c: Buffer) => (output += c.toString()));
    const url = await waitForUrl(() => output, 90_000);
    const token = (
      await runCliProcess(['tokens', 'create', '--user', 'records-officer@harris.demo.example', '--name', 'burst'], {
        SQLITE_PATH: path,
      })
    ).stdout.trim();
    expect(token).toMatch(/^ddk_/);

    const acknowledged: string[] = [];
    let stop = false;
    const writer = async () => {
      while (!stop) {
        try {
          const res = await fetch(`${url}/api/v1/detainers`, {
            method: 'POST',
            headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
            body: JSON.stringify(newDetainerBody({ receivedAt: undefined })),
          });
          if (res.status === 201) acknowledged.push(((await res.json()) as { id: string }).id);
        } catch {
          if (stop) return; // the server is gone, as planned
          await new Promise((resolve) => setTimeout(resolve, 20)); // a busy server: try again
        }
      }
    };
    const writers = Array.from({ length: 16 }, writer);
    const burstDeadline = Date.now() + 90_000;
    while (acknowledged.length < 120) {
      if (Date.now() > burstDeadline)
        throw new Error(`only ${acknowledged.length} writes acknowledged in 90 s:\n${output}`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    child.kill('SIGKILL');
    stop = true;
    await Promise.all(writers);
    await exited;

    const handle = openDatabase({ engine: 'sqlite', path });
    try {
      const services = createServices(handle, { sessionTtlHours: 1 });
      const requests = await handle.db.selectFrom('detainer_requests').select('id').execute();
      const ids = new Set(requests.map((r) => r.id));
      for (const id of acknowledged) expect(ids.has(id), `acknowledged ${id}`).toBe(true);
      // Every request that exists has its events and its projection: no half-written intake.
      for (const { id } of requests) {
        const events = await handle.db
          .selectFrom('detainer_events')
          .select('version')
          .where('detainer_id', '=', id)
          .execute();
        const state = await handle.db
          .selectFrom('detainer_states')
          .select('version')
          .where('detainer_id', '=', id)
          .executeTakeFirst();
        expect(events.length, `events of ${id}`).toBeGreaterThanOrEqual(2);
        expect(state?.version).toBe(events.length);
      }
      expect((await verifyAudit(services.audit)).ok).toBe(true);
    } finally {
      await handle.close();
    }
  }, 180_000);
});

async function waitForUrl(output: () => string, timeoutMs: number): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const match = /running at (http:\/\/\S+)/.exec(output());
    if (match) return match[1]!.replace('localhost', '127.0.0.1');
    if (Date.now() > deadline) throw new Error(`server did not start:\n${output()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
