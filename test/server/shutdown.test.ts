import { spawn } from 'node:child_process';
import { request } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compiledEntry } from '../support/cli.js';
import { startDemoServer } from '../support/test-server.js';

describe('graceful shutdown', () => {
  it('lets an in-flight request finish before closing, then refuses new connections', async () => {
    const server = await startDemoServer();
    const url = new URL('/api/v1/auth/sign-in', server.url);
    const payload = JSON.stringify({ email: 'auditor@alameda.demo.example', password: 'demo-password-2026' });

    // Start a request and send only half of its body, so it is still in flight when we stop.
    const response = new Promise<number>((resolve, reject) => {
      const req = request(
        url,
        { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': payload.length } },
        (res) => {
          res.resume();
          res.on('end', () => resolve(res.statusCode ?? 0));
        },
      );
      req.on('error', reject);
      req.write(payload.slice(0, 10));
      setTimeout(() => req.end(payload.slice(10)), 300);
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    let stopped = false;
    const stopping = server.dispose().then(() => (stopped = true));

    expect(await response).toBe(200);
    await stopping;
    expect(stopped).toBe(true);
    await expect(fetch(new URL('/api/v1/health', server.url))).rejects.toThrow();
  });

  it('exits 0 on SIGTERM after closing the database', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dd-sigterm-'));
    const child = spawn(process.execPath, [compiledEntry('server/main')], {
      env: { ...process.env, SQLITE_PATH: join(dir, 'x.db'), PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    await waitFor(
      () => output.includes('Detainer Desk is running at'),
      60_000,
      () => output,
    );
    child.kill('SIGTERM');
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    rmSync(dir, { recursive: true, force: true });
    expect(code).toBe(0);
  }, 90_000);

  it('refuses to start on an invalid variable and names it', async () => {
    const child = spawn(process.execPath, [compiledEntry('server/main')], {
      env: { ...process.env, PORT: 'eighty' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(code).toBe(78);
    expect(stderr).toContain('PORT must be a whole number');
  }, 60_000);
});

async function waitFor(check: () => boolean, timeoutMs: number, describe: () => string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out; output so far:\n${describe()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
