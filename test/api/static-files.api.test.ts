import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachEngine } from '../support/engines.js';
import { buildTestApp, type TestApp } from '../support/test-app.js';

/**
 * The built web app served beside the API: its files and its pages, but nothing under a dot folder
 * (Vite's .vite/manifest.json lists every chunk of the build: the bundle budget reads it from disk).
 */
describeEachEngine('the web app is served, its .vite folder is not', ({ database }) => {
  let t: TestApp;
  let webRoot: string;

  beforeAll(async () => {
    webRoot = mkdtempSync(join(tmpdir(), 'dd-web-'));
    mkdirSync(join(webRoot, 'assets'));
    mkdirSync(join(webRoot, '.vite'));
    writeFileSync(join(webRoot, 'index.html'), '<!doctype html><title>desk</title>');
    writeFileSync(join(webRoot, 'assets', 'app.js'), 'export {};');
    writeFileSync(join(webRoot, '.vite', 'manifest.json'), '{"index.html":{"file":"assets/app.js"}}');
    t = await buildTestApp(database(), { demo: false, webRoot });
  });
  afterAll(async () => {
    await t?.app.close();
    rmSync(webRoot, { recursive: true, force: true });
  });

  it('serves the build’s files and its pages', async () => {
    const script = await t.app.inject({ method: 'GET', url: '/assets/app.js' });
    expect(script.statusCode).toBe(200);
    expect(script.body).toBe('export {};');
    const page = await t.app.inject({ method: 'GET', url: '/desk', headers: { accept: 'text/html' } });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<title>desk</title>');
  });

  it('answers 404 for /.vite/manifest.json, whatever the client accepts', async () => {
    for (const accept of ['application/json', 'text/html', '*/*']) {
      const res = await t.app.inject({ method: 'GET', url: '/.vite/manifest.json', headers: { accept } });
      expect(res.statusCode, accept).toBe(404);
      expect(res.body, accept).not.toContain('assets/app.js');
    }
    for (const url of ['/.vite/', '/%2Evite/manifest.json', '/assets/../.vite/manifest.json']) {
      const res = await t.app.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(404);
    }
  });
});
