import { beforeAll, expect, it } from 'vitest';
import { verifyAudit } from '../../src/core/audit/audit.use-cases.js';
import { describeEachEngine } from '../support/engines.js';
import { bearer, buildTestApp, DEMO, newDetainerBody, tokenFor, type TestApp } from '../support/test-app.js';

/**
 * Finding 1 (identity leak): a liaison submitting a booking number already on file must never
 * receive the stored person's details; differing details are kept and flagged for staff.
 */
describeEachEngine('finding 1: identity leak by booking number', ({ database }) => {
  let t: TestApp;
  let officer: string;
  let auditor: string;
  let liaison: string;
  let otherAgency: string;

  beforeAll(async () => {
    t = await buildTestApp(database());
    officer = await tokenFor(t.services, DEMO.alameda('records-officer'));
    auditor = await tokenFor(t.services, DEMO.alameda('auditor'));
    liaison = await tokenFor(t.services, DEMO.alameda('federal-liaison'));
    otherAgency = await tokenFor(t.services, DEMO.harris('records-officer'));
  });

  const post = (token: string, url: string, payload: unknown) =>
    t.app.inject({ method: 'POST', url, headers: bearer(token), payload: payload as object });
  const get = (token: string, url: string) => t.app.inject({ method: 'GET', url, headers: bearer(token) });

  const onFile = { fullName: 'Stored Person Alpha', birthDate: '1980-01-02', aNumber: 'A200000001' };
  const probe = { fullName: 'Probe Name Beta', aNumber: 'A200000999' };

  /** A person on file under a fresh booking number, logged by the agency's officer. */
  async function personOnFile(): Promise<{ reference: string; detainerId: string }> {
    const reference = `BK-ID-${Math.random().toString(36).slice(2, 9)}`;
    const created = await post(officer, '/api/v1/detainers', newDetainerBody({ subject: { reference, ...onFile } }));
    expect(created.statusCode).toBe(201);
    return { reference, detainerId: created.json().id };
  }

  const personalValues = (body: string) =>
    [onFile.fullName, onFile.birthDate, onFile.aNumber].filter((value) => body.includes(value));

  it('answers a liaison submission with what it submitted only, for a known and an unknown reference alike', async () => {
    const { reference } = await personOnFile();
    const known = await post(liaison, '/api/v1/detainers', newDetainerBody({ subject: { reference, ...probe } }));
    const unknown = await post(
      liaison,
      '/api/v1/detainers',
      newDetainerBody({ subject: { reference: `BK-NEW-${Math.random().toString(36).slice(2, 9)}`, ...probe } }),
    );
    expect(known.statusCode).toBe(201);
    expect(unknown.statusCode).toBe(201);
    expect(personalValues(known.body)).toEqual([]);
    expect(known.json().subject).toMatchObject({ reference, ...probe, birthDate: null });
    // Same shape and nothing that tells the two apart.
    expect(Object.keys(known.json()).sort()).toEqual(Object.keys(unknown.json()).sort());
    expect(Object.keys(known.json().subject).sort()).toEqual(Object.keys(unknown.json().subject).sort());

    // Reading its own request later shows only what it submitted, with no conflict and no stored id.
    const read = await get(liaison, `/api/v1/detainers/${known.json().id}`);
    expect(read.statusCode).toBe(200);
    expect(personalValues(read.body)).toEqual([]);
    expect(read.json().subject).toEqual(known.json().subject);
    expect(read.json().identityConflict).toBeNull();
    const list = await get(liaison, '/api/v1/detainers?limit=200');
    expect(personalValues(list.body)).toEqual([]);
    const item = list.json().items.find((d: { id: string }) => d.id === known.json().id);
    expect(item.subject.id).toBe(known.json().subject.id);
  });

  it('keeps a differing submission and flags it for staff, with both values, on the view and in the list', async () => {
    const { reference, detainerId: first } = await personOnFile();
    const sent = await post(liaison, '/api/v1/detainers', newDetainerBody({ subject: { reference, ...probe } }));
    const id = sent.json().id as string;

    const view = await get(officer, `/api/v1/detainers/${id}`);
    expect(view.statusCode).toBe(200);
    expect(view.json().subject).toMatchObject({ reference, ...onFile });
    expect(view.json().identityConflict).toMatchObject({
      fields: [
        { field: 'fullName', onFile: onFile.fullName, submitted: probe.fullName },
        { field: 'aNumber', onFile: onFile.aNumber, submitted: probe.aNumber },
      ],
      resolution: null,
    });
    // The record on file was not changed by the submission.
    expect((await get(officer, `/api/v1/detainers/${first}`)).json().subject).toMatchObject(onFile);

    const conflicts = await get(auditor, '/api/v1/identity-conflicts?limit=200');
    expect(conflicts.statusCode).toBe(200);
    const listed = conflicts.json().items.find((c: { detainerId: string }) => c.detainerId === id);
    expect(listed).toMatchObject({ reference, fields: ['fullName', 'aNumber'] });
    expect(personalValues(conflicts.body)).toEqual([]);
    expect(conflicts.body).not.toContain(probe.fullName);

    // Other roles and other agencies do not see it.
    expect((await get(liaison, '/api/v1/identity-conflicts')).statusCode).toBe(403);
    const other = await get(otherAgency, '/api/v1/identity-conflicts?limit=200');
    expect(other.json().items.some((c: { detainerId: string }) => c.detainerId === id)).toBe(false);

    // The same details again are no conflict.
    const same = await post(liaison, '/api/v1/detainers', newDetainerBody({ subject: { reference, ...onFile } }));
    expect((await get(officer, `/api/v1/detainers/${same.json().id}`)).json().identityConflict).toBeNull();
  });

  it('records every read of personal data, the liaison’s too', async () => {
    const { reference } = await personOnFile();
    const sent = await post(liaison, '/api/v1/detainers', newDetainerBody({ subject: { reference, ...probe } }));
    const id = sent.json().id as string;
    const reads = () =>
      database()
        .db.selectFrom('personal_data_reads')
        .select('purpose')
        .where('detainer_id', '=', id)
        .execute()
        .then((rows) => rows.length);
    const before = await reads();
    await get(liaison, `/api/v1/detainers/${id}`);
    await get(officer, `/api/v1/detainers/${id}`);
    expect(await reads()).toBe(before + 2);
  });

  it('lets staff resolve a conflict (use-submitted, keep-on-file, separate-person) as a chained event', async () => {
    const resolve = (id: string, body: unknown, token = officer) =>
      post(token, `/api/v1/detainers/${id}/identity-resolution`, body);

    // use-submitted: the differing fields on file take the submitted values.
    const a = await personOnFile();
    const sentA = (
      await post(liaison, '/api/v1/detainers', newDetainerBody({ subject: { reference: a.reference, ...probe } }))
    ).json();
    expect((await resolve(sentA.id, { choice: 'use-submitted', reason: 'checked' }, liaison)).statusCode).toBe(403);
    expect((await resolve(sentA.id, { choice: 'use-submitted', reason: 'checked' }, auditor)).statusCode).toBe(403);
    expect((await resolve(sentA.id, { choice: 'merge', reason: 'x' })).statusCode).toBe(400);
    const resolvedA = await resolve(sentA.id, { choice: 'use-submitted', reason: 'A-number confirmed with ERO' });
    expect(resolvedA.statusCode).toBe(201);
    expect(resolvedA.json().subject).toMatchObject({ ...probe, birthDate: onFile.birthDate });
    expect(resolvedA.json().identityConflict.resolution).toMatchObject({ choice: 'use-submitted' });
    const event = resolvedA.json().events.at(-1);
    expect(event).toMatchObject({
      type: 'identity-resolved',
      payload: { choice: 'use-submitted', fields: ['fullName', 'aNumber'] },
    });
    expect(JSON.stringify(event)).not.toContain(probe.fullName);
    expect((await get(officer, `/api/v1/detainers/${a.detainerId}`)).json().subject.fullName).toBe(probe.fullName);
    // Resolved once: a second resolution has nothing to resolve, and the list no longer shows it.
    expect((await resolve(sentA.id, { choice: 'keep-on-file', reason: 'again' })).json().error.code).toBe(
      'IDENTITY.NO_OPEN_CONFLICT',
    );
    const open = (await get(officer, '/api/v1/identity-conflicts?limit=200')).json().items;
    expect(open.some((c: { detainerId: string }) => c.detainerId === sentA.id)).toBe(false);
    // The liaison does not see the staff's identity decision in its request's history.
    const liaisonView = (await get(liaison, `/api/v1/detainers/${sentA.id}`)).json();
    expect(liaisonView.events.some((e: { type: string }) => e.type === 'identity-resolved')).toBe(false);
    expect(liaisonView.subject).toEqual(sentA.subject);

    // keep-on-file: nothing on file changes.
    const b = await personOnFile();
    const sentB = (
      await post(liaison, '/api/v1/detainers', newDetainerBody({ subject: { reference: b.reference, ...probe } }))
    ).json();
    const resolvedB = await resolve(sentB.id, { choice: 'keep-on-file', reason: 'typo in the request' });
    expect(resolvedB.statusCode).toBe(201);
    expect(resolvedB.json().subject).toMatchObject(onFile);

    // separate-person: the request's person gets a record of their own; the reference must be free.
    const c = await personOnFile();
    const sentC = (
      await post(liaison, '/api/v1/detainers', newDetainerBody({ subject: { reference: c.reference, ...probe } }))
    ).json();
    expect((await resolve(sentC.id, { choice: 'separate-person', reason: 'other person' })).statusCode).toBe(400);
    const taken = await resolve(sentC.id, {
      choice: 'separate-person',
      reason: 'other person',
      reference: b.reference,
    });
    expect(taken.json().error.details.field).toBe('reference');
    const ownReference = `${c.reference}-2`;
    const resolvedC = await resolve(sentC.id, {
      choice: 'separate-person',
      reason: 'other person',
      reference: ownReference,
    });
    expect(resolvedC.statusCode).toBe(201);
    expect(resolvedC.json().subject).toMatchObject({ reference: ownReference, ...probe });
    expect((await get(officer, `/api/v1/detainers/${c.detainerId}`)).json().subject).toMatchObject(onFile);

    expect((await verifyAudit(t.services.audit)).ok).toBe(true);
  });

  it('keeps and flags a differing person sent through CSV intake too, and answers no stored data', async () => {
    const { reference } = await personOnFile();
    const federalReference = `CSV-ID-${Math.random().toString(36).slice(2, 9)}`;
    const csv = [
      'federalReference,form,formEdition,issuedAt,subjectReference,subjectFullName,subjectANumber',
      `${federalReference},I-247A,2017-02,2026-11-28T09:00:00-08:00,${reference},${probe.fullName},${probe.aNumber}`,
    ].join('\n');
    const imported = await t.app.inject({
      method: 'POST',
      url: '/api/v1/detainers/import',
      headers: { ...bearer(liaison), 'content-type': 'text/csv' },
      payload: csv,
    });
    expect(imported.statusCode).toBe(200);
    expect(personalValues(imported.body)).toEqual([]);
    const id = imported.json().rows[0].id as string;
    const read = await get(liaison, `/api/v1/detainers/${id}`);
    expect(personalValues(read.body)).toEqual([]);
    expect(read.json().subject).toMatchObject({ reference, ...probe });
    const staff = (await get(officer, `/api/v1/detainers/${id}`)).json();
    expect(staff.identityConflict.fields.map((f: { field: string }) => f.field)).toEqual(['fullName', 'aNumber']);
  });
});
