import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openDatabase, type DatabaseTarget } from '../../src/db/connect.js';
import { DEMO_AGENCIES } from '../../src/ingest/demo/demo-agencies.js';
import { TAMPERINGS, tamper, type Tampering } from '../support/audit-tamper.js';
import { runCliInProcess as cli } from '../support/cli.js';
import { ENGINES } from '../support/engines.js';

/**
 * `audit heads --sign` and `audit verify --against`: the chain heads anchored outside the database.
 * Every tampering is caught by --against; all but rewrite-and-rehash (a chain consistent with itself)
 * also by plain `audit verify`. A heads file altered after signing, or signed by another key, is refused.
 */

const ALAMEDA = DEMO_AGENCIES[0]!.agency.id;
const TAMPERED_SEQ = 5;

const pem = () => {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return {
    privatePem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    publicPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
  };
};

async function admin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: inject('postgresAdminUrl') });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A database per engine that can be copied: a SQLite file, or a PostgreSQL database used as a template. */
function databases(engine: (typeof ENGINES)[number], dir: string) {
  const names: string[] = [];
  const urlOf = (name: string) => {
    const url = new URL(inject('postgresAdminUrl'));
    url.pathname = `/${name}`;
    return url.toString();
  };
  const make = async (from?: string): Promise<{ env: Record<string, string>; target: DatabaseTarget; id: string }> => {
    const id = `dd_heads_${randomUUID().replace(/-/g, '')}`;
    if (engine === 'sqlite') {
      const path = join(dir, `${id}.db`);
      if (from) copyFileSync(join(dir, `${from}.db`), path);
      return { env: { DATABASE_URL: `sqlite:${path}` }, target: { engine: 'sqlite', path }, id };
    }
    names.push(id);
    await admin((c) => c.query(from ? `CREATE DATABASE ${id} TEMPLATE ${from}` : `CREATE DATABASE ${id}`));
    return { env: { DATABASE_URL: urlOf(id) }, target: { engine: 'postgres', url: urlOf(id), poolSize: 1 }, id };
  };
  const dispose = async () => {
    if (engine === 'postgres')
      for (const name of names.reverse()) await admin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
  };
  return { make, dispose };
}

for (const engine of ENGINES) {
  describe(`[${engine}] detainer-desk audit heads and audit verify --against`, () => {
    const dir = mkdtempSync(join(tmpdir(), 'dd-heads-'));
    const dbs = databases(engine, dir);
    const keys = pem();
    const other = pem();
    const headsFile = join(dir, 'heads.json');
    const publicKeyFile = join(dir, 'audit.pub.pem');
    let seeded: Awaited<ReturnType<typeof dbs.make>>;
    let publishedSeq: number;

    beforeAll(async () => {
      seeded = await dbs.make();
      const seed = await cli(['seed', '--demo', '--json'], seeded.env);
      expect(seed.code, seed.stderr).toBe(0);
      writeFileSync(publicKeyFile, keys.publicPem);
      const signed = await cli(['audit', 'heads', '--sign', '--out', headsFile], {
        ...seeded.env,
        AUDIT_SIGNING_KEY: keys.privatePem,
      });
      expect(signed.code, signed.stderr).toBe(0);
      expect(signed.stderr).toMatch(/^3 heads signed \(key SHA256:[0-9a-f]{64}\) written to /);
      publishedSeq = JSON.parse(readFileSync(headsFile, 'utf8')).heads.find(
        (h: { agencyId: string }) => h.agencyId === ALAMEDA,
      ).seq;
      expect(publishedSeq).toBeGreaterThan(TAMPERED_SEQ + 1);
    });
    afterAll(async () => {
      await dbs.dispose();
      rmSync(dir, { recursive: true, force: true });
    });

    const against = (env: Record<string, string>, file = headsFile, key = publicKeyFile) =>
      cli(['audit', 'verify', '--against', file, '--public-key', key], env);

    it('prints the heads unsigned without --sign, and signs them in a file that names no personal data', async () => {
      const table = await cli(['audit', 'heads'], seeded.env);
      expect(table.code, table.stderr).toBe(0);
      expect(table.stdout).toMatch(new RegExp(`^${ALAMEDA}\\s+${publishedSeq}\\s+[0-9a-f]{64}\\s+\\d{4}-`, 'm'));
      const json = await cli(['audit', 'heads', '--json'], seeded.env);
      expect(JSON.parse(json.stdout)).toMatchObject({ format: 'detainer-desk-audit-heads/1', signature: null });

      const file = JSON.parse(readFileSync(headsFile, 'utf8'));
      expect(Object.keys(file).sort()).toEqual(['format', 'heads', 'issuedAt', 'signature']);
      expect(file.heads).toHaveLength(DEMO_AGENCIES.length);
      for (const head of file.heads) expect(Object.keys(head).sort()).toEqual(['agencyId', 'at', 'hash', 'seq']);
      expect(file.signature).toMatchObject({ algorithm: 'Ed25519', keyId: expect.stringMatching(/^SHA256:/) });
    });

    it('passes --against while the chains extend the published heads', async () => {
      const run = await against(seeded.env);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      expect(run.stdout).toContain(`agency ${ALAMEDA}: published head seq ${publishedSeq}: extended`);
      // The key may also come from AUDIT_PUBLIC_KEY.
      const viaEnv = await cli(['audit', 'verify', '--against', headsFile, '--json'], {
        ...seeded.env,
        AUDIT_PUBLIC_KEY: keys.publicPem,
      });
      expect(viaEnv.code, viaEnv.stderr).toBe(0);
      expect(JSON.parse(viaEnv.stdout)).toMatchObject({ ok: true, against: { ok: true } });
    });

    for (const kind of TAMPERINGS) {
      it(`detects ${kind} of a published event`, async () => {
        const copy = await dbs.make(seeded.id);
        const handle = openDatabase(copy.target);
        try {
          await tamper(handle, ALAMEDA, kind as Tampering, TAMPERED_SEQ);
        } finally {
          await handle.close();
        }
        const plain = await cli(['audit', 'verify', '--agency', ALAMEDA], copy.env);
        if (kind === 'rewrite-and-rehash') {
          // Consistent with itself: only the published head shows it.
          expect(plain.code, plain.stdout).toBe(0);
        } else {
          expect(plain.code).toBe(1);
          expect(plain.stderr).toContain(`agency ${ALAMEDA}, event seq`);
        }
        const run = await against(copy.env);
        expect(run.code).toBe(1);
        expect(run.stdout).toContain(`agency ${ALAMEDA}: published head seq ${publishedSeq}: NOT EXTENDED`);
        expect(run.stderr).toContain(
          `error: audit chain no longer extends the published head: agency ${ALAMEDA}, seq ${publishedSeq}: ` +
            (kind === 'rewrite-and-rehash' ? 'rewritten' : 'chain-broken'),
        );
        // The other agencies still extend theirs.
        for (const { agency } of DEMO_AGENCIES.slice(1))
          expect(run.stdout).toMatch(new RegExp(`^agency ${agency.id}: published head seq \\d+: extended`, 'm'));
      });
    }

    it('refuses a heads file altered after signing, or signed by another key', async () => {
      const file = JSON.parse(readFileSync(headsFile, 'utf8'));
      const altered = join(dir, 'altered.json');
      file.heads[0].hash = 'f'.repeat(64);
      writeFileSync(altered, JSON.stringify(file));
      const run = await against(seeded.env, altered);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain('the signature does not verify');

      const otherKeyFile = join(dir, 'other.pub.pem');
      writeFileSync(otherKeyFile, other.publicPem);
      const wrongKey = await against(seeded.env, headsFile, otherKeyFile);
      expect(wrongKey.code).toBe(1);
      expect(wrongKey.stderr).toContain('signed by another key');

      // Signed by another key, verified with that key's public half: only the verifier's key counts.
      const forged = join(dir, 'forged.json');
      const signed = await cli(['audit', 'heads', '--sign', '--out', forged], {
        ...seeded.env,
        AUDIT_SIGNING_KEY: other.privatePem,
      });
      expect(signed.code, signed.stderr).toBe(0);
      expect((await against(seeded.env, forged)).stderr).toContain('signed by another key');

      const unsigned = join(dir, 'unsigned.json');
      writeFileSync(unsigned, (await cli(['audit', 'heads', '--json'], seeded.env)).stdout);
      expect((await against(seeded.env, unsigned)).stderr).toContain('is not signed');

      file.heads[0].seq = 'x';
      writeFileSync(altered, JSON.stringify(file));
      const malformed = await against(seeded.env, altered);
      expect(malformed.code).toBe(2);
      expect(malformed.stderr).toContain('heads[0].seq');
    });

    it('names the key variable when it is missing or invalid, and the public key when none is given', async () => {
      const unset = await cli(['audit', 'heads', '--sign'], seeded.env);
      expect(unset.code).toBe(78);
      expect(unset.stderr).toContain('AUDIT_SIGNING_KEY: not set');
      const bad = await cli(['audit', 'heads', '--sign'], { ...seeded.env, AUDIT_SIGNING_KEY: 'not a key' });
      expect(bad.code).toBe(78);
      expect(bad.stderr).toContain('AUDIT_SIGNING_KEY');
      const noPublic = await cli(['audit', 'verify', '--against', headsFile], seeded.env);
      expect(noPublic.code).toBe(2);
      expect(noPublic.stderr).toContain('--public-key');
      const badPublic = await cli(['audit', 'verify', '--against', headsFile, '--public-key', headsFile], seeded.env);
      expect(badPublic.code).toBe(2);
      expect(badPublic.stderr).toContain('--public-key');
      const publicKey = await cli(['audit', 'public-key'], { ...seeded.env, AUDIT_SIGNING_KEY: keys.privatePem });
      expect(publicKey.stdout).toBe(keys.publicPem);
    });
  });
}
