import { randomUUID } from 'node:crypto';
import { beforeAll, expect, it } from 'vitest';
import type { Clock } from '../../src/core/shared/ports.js';
import { NOTICE_DICTIONARIES } from '../../src/platform/notice-templates/index.js';
import { describeEachEngine } from '../support/engines.js';
import { bearer, buildTestApp, DEMO, newDetainerBody, tokenFor, type TestApp } from '../support/test-app.js';

/**
 * A served notice on the detainer page: its text in the notice's language (the preview) and its PDF
 * (the download), for the roles that read the agency's detainers; each read recorded.
 */

const fixedClock = (iso: string): Clock => ({ now: () => new Date(iso) });
const PERSON = 'Preview Person Lambda';

describeEachEngine('notices on the detainer page: preview and download', ({ database }) => {
  let t: TestApp;
  const tokens: Record<string, string> = {};
  let detainerId: string;
  let notice: { id: string; url: string; previewUrl: string; language: string };

  beforeAll(async () => {
    // Monday 30 November 2026, 08:05 in Oakland.
    t = await buildTestApp(database(), { clock: fixedClock('2026-11-30T16:05:00Z') });
    for (const [name, email] of Object.entries({
      officer: DEMO.alameda('records-officer'),
      auditor: DEMO.alameda('auditor'),
      liaison: DEMO.alameda('federal-liaison'),
      harrisOfficer: DEMO.harris('records-officer'),
    })) {
      tokens[name] = await tokenFor(t.services, email);
    }
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/detainers',
      headers: bearer(tokens.officer!),
      payload: newDetainerBody({
        issuedAt: '2026-11-30T05:30:00-08:00',
        receivedAt: '2026-11-30T06:00:00-08:00',
        subject: { reference: `BK-PV-${randomUUID().slice(0, 8)}`, fullName: PERSON },
      }),
    });
    expect(created.statusCode, created.body).toBe(201);
    detainerId = created.json<{ id: string }>().id;
    const post = async (body: Record<string, unknown>) => {
      const res = await t.app.inject({
        method: 'POST',
        url: `/api/v1/detainers/${detainerId}/events`,
        headers: bearer(tokens.officer!),
        payload: body,
      });
      expect(res.statusCode, res.body).toBe(201);
      return res.json<{ version: number; notices: Array<typeof notice> }>();
    };
    const decided = await post({
      type: 'facts-updated',
      expectedVersion: 2,
      facts: {
        convictions: [],
        pendingCharges: [],
        registrant: false,
        federalFelonyWarrant: false,
        terroristWatchListMatch: false,
      },
    });
    const served = await post({
      type: 'notice-served',
      expectedVersion: decided.version,
      notice: 'ca-truth-copy-and-intent',
      language: 'es',
      dutyId: 'ca-truth-copy-and-intent',
    });
    notice = served.notices[0]!;
  });

  const get = (who: string, url: string) => t.app.inject({ method: 'GET', url, headers: bearer(tokens[who]!) });

  it('links each notice to its preview and its PDF in the detainer view', () => {
    expect(notice.language).toBe('es');
    expect(notice.url).toBe(`/api/v1/detainers/${detainerId}/notices/${notice.id}`);
    expect(notice.previewUrl).toBe(`${notice.url}/preview`);
  });

  it('previews the notice in its language, with the words of its PDF', async () => {
    const res = await get('officer', notice.previewUrl);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['cache-control']).toContain('no-store');
    const preview = res.json();
    const es = NOTICE_DICTIONARIES.es;
    expect(preview).toMatchObject({
      id: notice.id,
      kind: 'ca-truth-copy-and-intent',
      language: 'es',
      locale: es.common.locale,
      pdfUrl: notice.url,
      title: es['ca-truth-copy-and-intent'].title,
      subtitle: es['ca-truth-copy-and-intent'].subtitle,
      servedAt: '2026-11-30T16:05:00.000Z',
    });
    expect(preview.blocks[0]).toMatchObject({ kind: 'banner' }); // a demo agency's notice says it is synthetic
    const fields = preview.blocks.find((b: { kind: string }) => b.kind === 'fields');
    expect(fields.fields).toContainEqual({ label: es.common.personLabel, value: PERSON });
    // The Values Act forbids the hold: the table answers "No." to the hold, in Spanish.
    const table = preview.blocks.find((b: { kind: string }) => b.kind === 'table');
    expect(table.head).toEqual([
      es['ca-truth-copy-and-intent'].tableAction,
      es['ca-truth-copy-and-intent'].tableIntent,
    ]);
    expect(table.rows[0]).toEqual([
      es['ca-truth-copy-and-intent'].actions.hold,
      `${es['ca-truth-copy-and-intent'].answers.decline} ${es['ca-truth-copy-and-intent'].intents.hold.decline}`,
    ]);
    expect(preview.text).toContain(es['ca-truth-copy-and-intent'].copyProvided);
    expect(preview.text).toContain('30 de noviembre de 2026');
    expect(preview.text).not.toContain(NOTICE_DICTIONARIES.en['ca-truth-copy-and-intent'].title);
  });

  it("prints the citations of the rules the decision applied, the duty's rule first", async () => {
    const view = (await get('officer', `/api/v1/detainers/${detainerId}`)).json<{
      decision: { applied: Array<{ rule: string; citations?: Array<{ title: string; href: string }> }> };
    }>();
    const preview = (await get('officer', notice.previewUrl)).json<{
      blocks: Array<{ kind: string; items?: Array<{ title: string; href: string }> }>;
    }>();
    const items = preview.blocks.find((b) => b.kind === 'citations')!.items!;
    // The TRUTH Act rule imposes the duty: its citations come first, with its bulletin (no per-kind default has it).
    expect(items.slice(0, 2).map((c) => c.title)).toEqual([
      'Cal. Gov. Code 7283.1(b)',
      'Cal. DOJ Information Bulletin DLE-2018-01',
    ]);
    // Then every rule the decision applied, each citation once.
    const applied = view.decision.applied.flatMap((a) => a.citations ?? []);
    expect(applied.length).toBeGreaterThan(0);
    for (const c of applied) expect(items).toContainEqual(c);
    expect(new Set(items.map((c) => `${c.title} ${c.href}`)).size).toBe(items.length);
  });

  it('downloads the PDF as served, and records each read with its purpose', async () => {
    const pdf = await get('auditor', notice.url);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['content-disposition']).toBe('attachment; filename="ca-truth-copy-and-intent-es.pdf"');
    expect(pdf.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect((await get('auditor', notice.previewUrl)).statusCode).toBe(200);

    const auditor = (await t.services.auth.users.findByEmail(DEMO.alameda('auditor')))!;
    const reads = (await get('auditor', `/api/v1/audit/reads?detainerId=${detainerId}&userId=${auditor.id}`)).json();
    expect(reads.reads.map((r: { purpose: string }) => r.purpose).sort()).toEqual(['notice', 'notice-preview']);
    expect(reads.reads[0]).toMatchObject({ userEmail: DEMO.alameda('auditor'), channel: 'token' });
  });

  it('keeps it from roles that may not read it, and from other agencies', async () => {
    for (const [who, url, status, code] of [
      ['liaison', notice.previewUrl, 403, 'AUTH.FORBIDDEN'],
      ['harrisOfficer', notice.previewUrl, 404, 'DETAINER.NOT_FOUND'],
      ['officer', `/api/v1/detainers/${detainerId}/notices/${randomUUID()}/preview`, 404, 'NOTICE.NOT_FOUND'],
      ['officer', `/api/v1/detainers/${detainerId}/notices/not-an-id/preview`, 404, 'NOTICE.NOT_FOUND'],
    ] as const) {
      const res = await get(who, url);
      expect(res.statusCode, `${who} ${url}`).toBe(status);
      expect(res.json().error.code).toBe(code);
      expect(res.body).not.toContain(PERSON);
    }
    expect((await t.app.inject({ method: 'GET', url: notice.previewUrl })).statusCode).toBe(401);
  });

  it('says a notice served before previews were kept has none, and still serves its PDF', async () => {
    const handle = database();
    const stored = await handle.db
      .selectFrom('notices')
      .selectAll()
      .where('id', '=', notice.id)
      .executeTakeFirstOrThrow();
    const legacyId = randomUUID();
    await handle.db
      .insertInto('notices')
      .values({
        ...stored,
        id: legacyId,
        content: null,
        pdf: Buffer.from(stored.pdf),
        created_at: new Date(stored.created_at).toISOString(),
      })
      .execute();
    const url = `/api/v1/detainers/${detainerId}/notices/${legacyId}`;
    const preview = await get('officer', `${url}/preview`);
    expect(preview.statusCode).toBe(404);
    expect(preview.json().error).toMatchObject({ code: 'NOTICE.PREVIEW_UNAVAILABLE', details: { noticeId: legacyId } });
    expect((await get('officer', url)).statusCode).toBe(200);
  });
});
