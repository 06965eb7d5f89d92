import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { NOTICE_KINDS, NOTICE_LANGUAGES } from '../core/lifecycle/detainer-event.js';
import type { NoticeBlock, NoticeContent } from '../core/lifecycle/lifecycle.ports.js';
import { NOTICE_DICTIONARIES } from './notice-templates/index.js';
import { noticePreview } from './notice-preview.js';
import { pdfNoticeRenderer, printable } from './pdf-notice-renderer.js';

const PDFTOTEXT = '/usr/bin/pdftotext';
const SKIP_TEXT = !existsSync(PDFTOTEXT) && process.env.REQUIRE_BROWSER !== '1';

const fold = (s: string) => s.replace(/\s+/g, ' ').trim();
const textOf = (pdf: Uint8Array) =>
  fold(execFileSync(PDFTOTEXT, ['-enc', 'UTF-8', '-', '-'], { input: pdf, encoding: 'utf8' }));

function content(kind: NoticeContent['kind'], language: NoticeContent['language'], over: Partial<NoticeContent> = {}) {
  return {
    kind,
    language,
    agencyName: "Demo Alameda County Sheriff's Office (synthetic)",
    facilityName: 'Demo Santa Rita Jail',
    personName: 'Preview Person Kappa',
    bookingReference: 'BK-PREVIEW-1',
    form: 'I-247A',
    formEdition: '02/17',
    receivedAt: '2018-06-01T09:15:00-07:00',
    issuedAt: '2018-05-31T16:40:00-07:00',
    decisions: { hold: 'comply', notify: 'decline', transfer: null },
    holdUntil: '2018-06-03T17:00:00-07:00',
    releaseAt: '2018-06-01T17:00:00-07:00',
    citations: [],
    servedAt: '2018-06-01T10:05:00-07:00',
    timeZone: 'America/Los_Angeles',
    ...over,
  } satisfies NoticeContent;
}

/** Every piece of text a block shows (citations by title: a long address may wrap inside the PDF). */
function piecesOf(block: NoticeBlock): string[] {
  switch (block.kind) {
    case 'fields':
      return block.fields.flatMap((f) => [f.label, f.value]);
    case 'table':
      return [...block.head, ...block.rows.flat()];
    case 'citations':
      return block.items.map((c) => c.title);
    default:
      return [block.text];
  }
}

describe('a notice as text, for the desk page', () => {
  for (const kind of NOTICE_KINDS) {
    for (const language of NOTICE_LANGUAGES) {
      it.skipIf(SKIP_TEXT)(`${kind} in ${language}: every line of the preview is in the PDF's text`, async () => {
        const given = content(kind, language);
        const preview = noticePreview(given);
        const pdf = textOf(await pdfNoticeRenderer.render(given));
        expect(preview.language).toBe(language);
        expect(preview.locale).toBe(NOTICE_DICTIONARIES[language].common.locale);
        expect(preview.title).toBe(NOTICE_DICTIONARIES[language][kind].title);
        const pieces = [
          preview.agencyName,
          preview.facilityName!,
          preview.title,
          preview.subtitle,
          ...preview.blocks.flatMap(piecesOf),
        ];
        for (const piece of pieces) expect(pdf, piece).toContain(fold(printable(piece)));
        for (const piece of pieces) expect(preview.text).toContain(piece);
        // Dates as people write them, in the notice's language and zone.
        expect(preview.text).toContain(language === 'es' ? 'de junio de 2018' : 'June 1, 2018');
      });
    }
  }

  it('says what the PDF says for each decision, and nothing of a request not asked', () => {
    const undecided = noticePreview(
      content('ca-truth-copy-and-intent', 'en', { decisions: { hold: null, notify: null, transfer: null } }),
    );
    expect(undecided.blocks.some((b) => b.kind === 'table')).toBe(false);
    expect(undecided.text).toContain(NOTICE_DICTIONARIES.en['ca-truth-copy-and-intent'].undecided);

    const spanish = noticePreview(content('ca-truth-copy-and-intent', 'es'));
    const table = spanish.blocks.find((b) => b.kind === 'table');
    expect(table && table.kind === 'table' ? table.rows.length : 0).toBe(2);
    expect(spanish.text).not.toContain(NOTICE_DICTIONARIES.en['ca-truth-copy-and-intent'].title);

    const real = noticePreview(
      content('tx-held-on-detainer', 'en', { agencyName: 'Harris County Sheriff', holdUntil: null }),
    );
    expect(real.blocks[0]!.kind).not.toBe('banner');
    expect(real.text).toContain(NOTICE_DICTIONARIES.en['tx-held-on-detainer'].holdUntilUnknown);
  });
});
