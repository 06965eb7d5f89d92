import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeEachEngine } from '../support/engines.js';
import { buildTestApp, type TestApp } from '../support/test-app.js';
import { setStaticCacheHeaders } from '../../src/server/plugins/compression.js';

const SCRIPT = `export const words = ${JSON.stringify('detainer '.repeat(2_000))};\n`;
const PAGE = `<!doctype html><title>desk</title>${'<p>portal</p>'.repeat(200)}`;

/** The web bundle and the API's larger answers travel compressed; hashed assets are cached for good. */
describeEachEngine('compression and cache policy of the web app and the API', ({ database }) => {
  let t: TestApp;
  let webRoot: string;

  beforeAll(async () => {
    webRoot = mkdtempSync(join(tmpdir(), 'dd-web-'));
    mkdirSync(join(webRoot, 'assets'));
    writeFileSync(join(webRoot, 'index.html'), PAGE);
    writeFileSync(join(webRoot, 'assets', 'index-B3xk_9aQ.js'), SCRIPT);
    writeFileSync(join(webRoot, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    t = await buildTestApp(database(), { demo: false, webRoot });
  });
  afterAll(async () => {
    await t?.app.close();
    rmSync(webRoot, { recursive: true, force: true });
  });

  it('serves a hashed asset brotli- or gzip-compressed, as the client asks, cached for a year as immutable', async () => {
    const br = await t.app.inject({
      method: 'GET',
      url: '/assets/index-B3xk_9aQ.js',
      headers: { 'accept-encoding': 'gzip, deflate, br' },
    });
    expect(br.statusCode).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['vary']).toMatch(/accept-encoding/i);
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(br.rawPayload.length).toBeLessThan(SCRIPT.length / 10);
    expect(brotliDecompressSync(br.rawPayload).toString()).toBe(SCRIPT);

    const gz = await t.app.inject({
      method: 'GET',
      url: '/assets/index-B3xk_9aQ.js',
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.rawPayload).toString()).toBe(SCRIPT);

    const plain = await t.app.inject({ method: 'GET', url: '/assets/index-B3xk_9aQ.js' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(SCRIPT);
  });

  it('serves index.html compressed and revalidated on every use', async () => {
    for (const url of ['/', '/index.html']) {
      const res = await t.app.inject({
        method: 'GET',
        url,
        headers: { accept: 'text/html', 'accept-encoding': 'gzip' },
      });
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['cache-control'], url).toBe('no-cache');
      expect(res.headers['content-encoding'], url).toBe('gzip');
      expect(gunzipSync(res.rawPayload).toString(), url).toBe(PAGE);
    }
  });

  it('serves index.html as any page of the app (/places/TX) revalidated on every use', async () => {
    // Sent from a hook before routing, so not compressed: Vite's index.html is under the 1 kB threshold anyway.
    const res = await t.app.inject({
      method: 'GET',
      url: '/places/TX',
      headers: { accept: 'text/html', 'accept-encoding': 'gzip' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('no-cache');
    expect(res.body).toBe(PAGE);
  });

  it('does not mark an unhashed file immutable', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/favicon.svg' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('no-cache');
  });

  it('compresses a large JSON answer of the API, and leaves its cache policy alone', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/v1/places/states',
      headers: { 'accept-encoding': 'br' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    const body = JSON.parse(brotliDecompressSync(res.rawPayload).toString()) as unknown;
    expect(body).toBeTruthy();
    expect(res.headers['cache-control']).not.toMatch(/immutable/);
  });
});

describe('setStaticCacheHeaders', () => {
  const policyOf = (path: string) => {
    let value: unknown;
    setStaticCacheHeaders({ header: (_name: string, v: unknown) => (value = v) } as never, path);
    return value;
  };
  it('marks Vite’s hashed assets immutable, and nothing else', () => {
    expect(policyOf('/srv/web/assets/index-B3xk_9aQ.js')).toBe('public, max-age=31536000, immutable');
    expect(policyOf('/srv/web/assets/RulePage-Cq1-x_Z9.css')).toBe('public, max-age=31536000, immutable');
    expect(policyOf('/srv/web/index.html')).toBe('no-cache');
    expect(policyOf('/srv/web/assets/logo.svg')).toBe('no-cache');
    expect(policyOf('/srv/web/favicon-1.svg')).toBe('no-cache');
  });
});
