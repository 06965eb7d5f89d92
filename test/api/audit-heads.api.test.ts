import { generateKeyPairSync, verify } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { canonicalJson } from '../../src/core/audit/hash-chain.js';
import { tamper } from '../support/audit-tamper.js';
import { runCliInProcess as cli } from '../support/cli.js';
import { describeEachEngine } from '../support/engines.js';
import { buildTestApp, type TestApp } from '../support/test-app.js';
import { openDatabase } from '../../src/db/connect.js';
import type { DatabaseHandle } from '../../src/db/engine.js';
import { DEMO_AGENCIES } from '../../src/ingest/demo/demo-agencies.js';

/**
 * GET /api/v1/audit/heads: the signed chain heads, public, for outsiders to keep; a copy kept before a
 * rewrite-and-rehash makes `audit verify --against` fail. A server without a key answers 503.
 */

const ALAMEDA = DEMO_AGENCIES[0]!.agency.id;

describeEachEngine('the public signed audit heads', ({ engine, database }) => {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const dir = mkdtempSync(join(tmpdir(), 'dd-heads-api-'));
  const path = join(dir, 'heads.db');
  let t: TestApp;
  let unsignedApp: TestApp;
  let env: Record<string, string>;
  let handle: DatabaseHandle;

  beforeAll(async () => {
    // The CLI must reach the same database: a SQLite file (the suite's in-memory one is out of its reach).
    handle = engine === 'sqlite' ? openDatabase({ engine: 'sqlite', path }) : database();
    env = { DATABASE_URL: engine === 'sqlite' ? `sqlite:${path}` : database().url };
    t = await buildTestApp(handle, { auditSigningKey: privateKey });
    unsignedApp = await buildTestApp(handle, { demo: false });
  });
  afterAll(async () => {
    await t.app.close();
    await unsignedApp.app.close();
    if (engine === 'sqlite') await handle.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('publishes every agency head without sign-in, signed over the canonical JSON, with no personal data', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/audit/heads' });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(Object.keys(body).sort()).toEqual(['format', 'heads', 'issuedAt', 'signature']);
    expect(body.heads).toHaveLength(DEMO_AGENCIES.length);
    for (const head of body.heads) expect(Object.keys(head).sort()).toEqual(['agencyId', 'at', 'hash', 'seq']);
    const signed = Buffer.from(canonicalJson({ format: body.format, issuedAt: body.issuedAt, heads: body.heads }));
    expect(verify(null, signed, publicKey, Buffer.from(body.signature.value, 'base64'))).toBe(true);
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    expect(doc.paths['/api/v1/audit/heads'].get.security).toEqual([]);
  });

  it('answers 503 naming the variable on a server without a signing key', async () => {
    const res = await unsignedApp.app.inject({ method: 'GET', url: '/api/v1/audit/heads' });
    expect(res.statusCode).toBe(503);
    expect(res.json().error).toMatchObject({ code: 'AUDIT.NO_SIGNING_KEY' });
    expect(res.json().error.message).toContain('AUDIT_SIGNING_KEY');
  });

  it('a copy kept by an outsider catches a later rewrite-and-rehash through audit verify --against', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/audit/heads' });
    const file = join(dir, 'kept.json');
    writeFileSync(file, res.body);
    const keyFile = join(dir, 'audit.pub.pem');
    writeFileSync(keyFile, publicKey.export({ type: 'spki', format: 'pem' }).toString());
    const seq = res.json().heads.find((h: { agencyId: string }) => h.agencyId === ALAMEDA).seq;

    const before = await cli(['audit', 'verify', '--against', file, '--public-key', keyFile], env);
    expect(before.code, before.stderr).toBe(0);

    await tamper(handle, ALAMEDA, 'rewrite-and-rehash', 2);
    expect((await cli(['audit', 'verify'], env)).code).toBe(0);
    const after = await cli(['audit', 'verify', '--against', file, '--public-key', keyFile], env);
    expect(after.code).toBe(1);
    expect(after.stderr).toContain(`agency ${ALAMEDA}, seq ${seq}: rewritten`);
  });
});
