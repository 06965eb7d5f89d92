import { createHash } from 'node:crypto';
import { beforeAll, expect, it } from 'vitest';
import { describeEachEngine } from '../support/engines.js';
import { bearer, buildTestApp, DEMO, newDetainerBody, tokenFor, type TestApp } from '../support/test-app.js';

/** The scanned request's fingerprint: taken at intake (form/API and CSV), recorded, shown, correctable. */
const SHA = createHash('sha256').update('a scanned I-247A, synthetic').digest('hex');
const DOCUMENT = { sha256: SHA, mediaType: 'application/pdf', bytes: 48_213 };

describeEachEngine('the scanned request’s hash over HTTP', ({ database }) => {
  let t: TestApp;
  let officer: string;

  beforeAll(async () => {
    t = await buildTestApp(database());
    officer = await tokenFor(t.services, DEMO.alameda('records-officer'));
  });

  const post = (payload: unknown) =>
    t.app.inject({ method: 'POST', url: '/api/v1/detainers', headers: bearer(officer), payload: payload as object });
  const view = async (id: string) =>
    (await t.app.inject({ method: 'GET', url: `/api/v1/detainers/${id}`, headers: bearer(officer) })).json();
  const record = (id: string, payload: Record<string, unknown>) =>
    t.app.inject({ method: 'POST', url: `/api/v1/detainers/${id}/events`, headers: bearer(officer), payload });
  const total = async () =>
    (await t.app.inject({ method: 'GET', url: '/api/v1/detainers?limit=1', headers: bearer(officer) })).json()
      .total as number;

  it('is recorded on the received event and returned by the view', async () => {
    const created = await post(newDetainerBody({ document: DOCUMENT }));
    expect(created.statusCode, created.body).toBe(201);
    const json = await view(created.json().id);
    expect(json.document).toEqual(DOCUMENT);
    expect(json.events[0]).toMatchObject({ type: 'received', payload: { document: DOCUMENT } });
  });

  it('is null for a request logged without one', async () => {
    const created = await post(newDetainerBody());
    expect((await view(created.json().id)).document).toBeNull();
  });

  it('refuses a bad digest, media type or size, naming each field, and logs nothing', async () => {
    const before = await total();
    const res = await post(
      newDetainerBody({ document: { sha256: SHA.toUpperCase(), mediaType: 'text/html', bytes: 0 } }),
    );
    expect(res.statusCode).toBe(400);
    const details = res.json().error.details;
    const fields = (details.problems ?? [details]).map((p: { field: string }) => p.field);
    expect(fields).toEqual(expect.arrayContaining(['document.sha256', 'document.mediaType', 'document.bytes']));
    expect(await total()).toBe(before);
  });

  it('may be added later by a correction of the received event, which keeps the history', async () => {
    const created = await post(newDetainerBody());
    const before = await view(created.json().id);
    const offer = before.commands.find((c: { type: string }) => c.type === 'corrected');
    expect(offer.events).toContainEqual({ version: 1, type: 'received', fields: ['document'] });
    const res = await record(before.id, {
      type: 'corrected',
      expectedVersion: before.version,
      corrects: 1,
      reason: 'scanned after intake',
      replacement: { document: DOCUMENT },
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().document).toEqual(DOCUMENT);
    expect(res.json().events[0].payload.document).toBeUndefined();
    const bad = await record(before.id, {
      type: 'corrected',
      expectedVersion: res.json().version,
      corrects: 1,
      reason: 'typo',
      replacement: { document: { ...DOCUMENT, sha256: 'xyz' } },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details.field).toBe('replacement.document.sha256');
  });

  it('comes in three optional CSV columns', async () => {
    const reference = `DOC-${Math.random().toString(36).slice(2, 8)}`;
    const csv = [
      'federalReference,form,issuedAt,subjectReference,documentSha256,documentMediaType,documentBytes',
      `${reference},I-247A,2026-11-28T09:00:00-08:00,BK-DOC1,${SHA},image/png,1024`,
      `${reference}-2,I-247A,2026-11-28T09:00:00-08:00,BK-DOC2,,,`,
    ].join('\n');
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/detainers/import',
      headers: { ...bearer(officer), 'content-type': 'text/csv' },
      payload: csv,
    });
    expect(res.statusCode, res.body).toBe(200);
    const [withDoc, without] = res.json().rows as Array<{ id: string }>;
    expect((await view(withDoc!.id)).document).toEqual({ sha256: SHA, mediaType: 'image/png', bytes: 1024 });
    expect((await view(without!.id)).document).toBeNull();
  });
});
