import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { NOTICE_KINDS, NOTICE_LANGUAGES, type NoticeLanguage } from '../../../core/lifecycle/detainer-event.js';
import type { NoticeContent } from '../../../core/lifecycle/lifecycle.ports.js';
import { NOTICE_DICTIONARIES } from '../../notice-templates/index.js';
import { formatForPeople } from '../../notice-format.js';
import { pdfNoticeRenderer } from '../../pdf-notice-renderer.js';
import { NOTICE_KIND_MODULES } from './index.js';
import { reportItems } from './il-annual-report-record.js';

const PDFTOTEXT = '/usr/bin/pdftotext';
const SKIP_TEXT = !existsSync(PDFTOTEXT) && process.env.REQUIRE_BROWSER !== '1';
const textOf = (pdf: Uint8Array) =>
  execFileSync(PDFTOTEXT, ['-enc', 'UTF-8', '-', '-'], { input: pdf, encoding: 'utf8' }).replace(/\s+/g, ' ');

const NAME = 'Ana Lucía Pérez';
const BOOKING = 'BK-2022-000123';

function content(kind: NoticeContent['kind'], language: NoticeLanguage, over: Partial<NoticeContent> = {}) {
  return {
    kind,
    language,
    agencyName: 'Plain County Jail',
    synthetic: false,
    facilityName: null,
    personName: NAME,
    bookingReference: BOOKING,
    form: 'I-247A',
    formEdition: '03/17',
    receivedAt: '2022-03-01T09:15:00-06:00',
    issuedAt: '2022-02-28T16:40:00-06:00',
    decisions: { hold: 'decline', notify: 'decline', transfer: null },
    holdUntil: null,
    releaseAt: null,
    citations: [{ title: 'Test Act 1', href: 'https://example.org/1' }],
    servedAt: '2022-03-01T10:05:00-06:00',
    timeZone: 'America/Chicago',
    ...over,
  } satisfies NoticeContent;
}

describe('the notice kinds', () => {
  it('have a module for every kind of NOTICE_KINDS; only the kinds served before citations were kept have old ones', () => {
    expect(Object.keys(NOTICE_KIND_MODULES).sort()).toEqual([...NOTICE_KINDS].sort());
    const withOld = NOTICE_KINDS.filter((k) => NOTICE_KIND_MODULES[k].citationsOfOldNotices.length > 0);
    expect(withOld).toEqual(['ca-truth-copy-and-intent', 'tx-held-on-detainer', 'release-notification']);
  });

  it('close a notice to the person with "keep this notice", and a notice to a court or a report without it', () => {
    const ctx = (kind: NoticeContent['kind']) => ({
      content: content(kind, 'en'),
      dict: NOTICE_DICTIONARIES.en,
      when: (iso: string | null) => iso ?? '',
    });
    expect(NOTICE_KIND_MODULES['tx-held-on-detainer'].closing(ctx('tx-held-on-detainer')).closing).toBe(
      NOTICE_DICTIONARIES.en.common.keepNotice,
    );
    for (const kind of ['fl-detainer-notice-to-judge', 'il-annual-report-record', 'or-commission-report'] as const)
      expect(NOTICE_KIND_MODULES[kind].closing(ctx(kind)).closing, kind).toBeNull();
  });
});

const SAYS: Record<
  'fl-detainer-notice-to-judge' | 'il-annual-report-record' | 'or-commission-report',
  Record<NoticeLanguage, string[]>
> = {
  'fl-detainer-notice-to-judge': {
    en: [
      'Notice to the Court of an Immigration Detainer',
      'Florida Statutes section 908.105',
      'The person named above, in the custody of Plain County Jail, is subject to an immigration detainer',
      'to notify the judge of the detainer, to record the existence of the detainer in the person',
      'Sent to the court on March 1, 2022, 10:05 AM CST',
    ],
    es: [
      'Aviso al tribunal de una orden de retención de inmigración',
      'está sujeta a una orden de retención de inmigración (immigration detainer)',
      'Enviado al tribunal el 1 de marzo de 2022, 10:05 CST',
    ],
  },
  'il-annual-report-record': {
    en: [
      'Record for the Annual Report to the Attorney General',
      '5 ILCS 805/25',
      'Date the detainer or warrant was received March 1, 2022, 9:15 AM CST',
      'The law forbids names or other personally identifying information in these reports',
      'must certify and report that it received none',
      'Recorded on March 1, 2022, 10:05 AM CST',
    ],
    es: ['Registro para el informe anual al Fiscal General', 'no contiene ninguno', 'Registrado el 1 de marzo de 2022'],
  },
  'or-commission-report': {
    en: [
      'Report of a Declined Immigration Enforcement Request',
      'Oregon Criminal Justice Commission',
      'to decline the request and to document it',
      'Requesting agency ICE form U.S. Immigration and Customs Enforcement (ICE) I-247A (edition 03/17)',
      'Hold: keep a person in custody after they would otherwise be released Declined',
      'at least monthly',
      'Prepared on March 1, 2022, 10:05 AM CST',
    ],
    es: ['Informe de una solicitud de aplicación de las leyes de inmigración rechazada', 'Rechazada', 'Preparado el'],
  },
};

describe('the notices the new laws require, as real PDFs', () => {
  for (const [kind, byLanguage] of Object.entries(SAYS) as Array<
    [keyof typeof SAYS, Record<NoticeLanguage, string[]>]
  >) {
    for (const language of NOTICE_LANGUAGES) {
      it.skipIf(SKIP_TEXT)(
        `${kind} (${language}) says what its sources confirm, and cites the rules applied`,
        async () => {
          const pdf = await pdfNoticeRenderer.render(content(kind, language));
          expect(Buffer.from(pdf.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
          const text = textOf(pdf);
          for (const sentence of byLanguage[language]) expect(text).toContain(sentence);
          expect(text).toContain('Test Act 1');
          expect(text).not.toContain('Keep this notice');
          expect(text).not.toContain('Conserve este aviso');
          // Only the notice to the judge names the person; the reports carry no personal identifier.
          if (kind === 'fl-detainer-notice-to-judge') {
            expect(text).toContain(NAME);
            expect(text).toContain(BOOKING);
          } else {
            expect(text).not.toContain(NAME);
            expect(text).not.toContain(BOOKING);
          }
        },
      );
    }
  }
});

describe("the Illinois record's items (A) to (E)", () => {
  const common = NOTICE_DICTIONARIES.en.common;
  const ctx = (over: Partial<NoticeContent>) => ({
    content: content('il-annual-report-record', 'en', over),
    dict: NOTICE_DICTIONARIES.en,
    when: (iso: string | null) => formatForPeople(iso, common, 'America/Chicago'),
  });

  it('says "not applicable" and "neither yet" while the person is in custody with no bail posted', () => {
    expect(reportItems(ctx({})).map((i) => i.value)).toEqual([
      'March 1, 2022, 9:15 AM CST',
      'Not applicable',
      'Neither yet',
      'Not applicable',
      'Not applicable',
    ]);
  });

  it('gives when bail was posted, and when and to whom the person was transferred', () => {
    const custody = {
      bailPostedAt: '2022-03-02T08:00:00-06:00',
      outcome: 'transferred' as const,
      outcomeAt: '2022-03-02T11:30:00-06:00',
    };
    expect(reportItems(ctx({ custody })).map((i) => i.value)).toEqual([
      'March 1, 2022, 9:15 AM CST',
      'March 2, 2022, 8:00 AM CST',
      'Transferred',
      'March 2, 2022, 11:30 AM CST',
      'U.S. Immigration and Customs Enforcement (ICE)',
    ]);
    const released = { ...custody, outcome: 'released' as const };
    expect(
      reportItems(ctx({ custody: released }))
        .map((i) => i.value)
        .slice(2),
    ).toEqual(['Released', 'March 2, 2022, 11:30 AM CST', 'Not applicable']);
  });
});

describe('the held-on-detainer notice (Oklahoma, Montana, Indiana)', () => {
  it.skipIf(SKIP_TEXT)(
    'says the person is held on ICE’s request, in both languages, with the applied rules’ citations',
    async () => {
      for (const language of NOTICE_LANGUAGES) {
        const citations = [{ title: 'Okla. Stat. tit. 22, 171.3', href: 'https://example.org/ok' }];
        const text = textOf(await pdfNoticeRenderer.render(content('held-on-detainer', language, { citations })));
        const held = NOTICE_DICTIONARIES[language]['held-on-detainer'].held.replace(/\s+/g, ' ');
        expect(text).toContain(held.slice(0, 40));
        expect(text).toContain('Okla. Stat. tit. 22, 171.3');
        expect(text).toContain(NAME);
      }
    },
  );
});

describe('the bail-judge notice (Louisiana, West Virginia, Indiana)', () => {
  it.skipIf(SKIP_TEXT)(
    'tells the bail judge of the detainer, in both languages, with the applied rules’ citations',
    async () => {
      for (const language of NOTICE_LANGUAGES) {
        const citations = [{ title: 'La. R.S. 33:84', href: 'https://example.org/la' }];
        const text = textOf(await pdfNoticeRenderer.render(content('bail-judge-notice', language, { citations })));
        expect(text).toContain(NOTICE_DICTIONARIES[language]['bail-judge-notice'].addressee);
        expect(text).toContain('La. R.S. 33:84');
      }
    },
  );
});
