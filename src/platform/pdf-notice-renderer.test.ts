import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { NoticeKind, NoticeLanguage } from '../core/lifecycle/detainer-event.js';
import type { NoticeContent } from '../core/lifecycle/lifecycle.ports.js';
import { NOTICE_DICTIONARIES } from './notice-templates/index.js';
import { fill, formatForPeople, isSyntheticAgency, pdfNoticeRenderer, printable } from './pdf-notice-renderer.js';

const PDFTOTEXT = '/usr/bin/pdftotext';
const HAS_PDFTOTEXT = existsSync(PDFTOTEXT);
const REQUIRED = process.env.REQUIRE_BROWSER === '1';
const SKIP_TEXT = !HAS_PDFTOTEXT && !REQUIRED;
if (SKIP_TEXT) {
  console.warn(`${PDFTOTEXT} not found (apt-get install poppler-utils): the notices' text checks are skipped.`);
}

/** The PDF's text, whitespace folded, as a reader's copy-and-paste would give it. */
function textOf(pdf: Uint8Array): string {
  if (!HAS_PDFTOTEXT) throw new Error(`${PDFTOTEXT} is required (REQUIRE_BROWSER=1): apt-get install poppler-utils`);
  return execFileSync(PDFTOTEXT, ['-enc', 'UTF-8', '-', '-'], { input: pdf, encoding: 'utf8' }).replace(/\s+/g, ' ');
}

const DEMO_CA = "Demo Alameda County Sheriff's Office (synthetic)";
const DEMO_TX = "Demo Harris County Sheriff's Office (synthetic)";

function content(kind: NoticeKind, language: NoticeLanguage, over: Partial<NoticeContent> = {}): NoticeContent {
  const tx = kind === 'tx-held-on-detainer';
  return {
    kind,
    language,
    agencyName: tx ? DEMO_TX : DEMO_CA,
    facilityName: tx ? 'Demo Harris County Joint Processing Center' : 'Demo Santa Rita Jail',
    personName: 'María José Núñez Ibáñez',
    bookingReference: 'BK-2018-004217',
    form: 'I-247A',
    formEdition: '02/17',
    receivedAt: tx ? '2018-06-01T11:15:00-05:00' : '2018-06-01T09:15:00-07:00',
    issuedAt: tx ? '2018-05-31T18:40:00-05:00' : '2018-05-31T16:40:00-07:00',
    decisions: tx
      ? { hold: 'comply', notify: 'comply', transfer: null }
      : { hold: 'decline', notify: 'comply', transfer: 'decline' },
    holdUntil: tx ? '2018-06-03T17:00:00-05:00' : null,
    releaseAt: tx ? null : '2018-06-01T17:00:00-07:00',
    citations: [],
    synthetic: true,
    servedAt: tx ? '2018-06-01T12:05:00-05:00' : '2018-06-01T10:05:00-07:00',
    timeZone: tx ? 'America/Chicago' : 'America/Los_Angeles',
    ...over,
  };
}

/** What each notice must say, in its language: the law's key sentence, its citation, and a date as people write it. */
/** The notices to the person (the reports and the notice to a judge have their tests in ./notice-pdf/kinds). */
type PersonKind = 'ca-truth-copy-and-intent' | 'tx-held-on-detainer' | 'release-notification';

const EXPECTED: Record<PersonKind, Record<NoticeLanguage, { sentences: string[]; citation: string }>> = {
  'ca-truth-copy-and-intent': {
    en: {
      sentences: [
        'California law requires the agency to give you a copy of the request and to tell you whether it intends to comply with it.',
        'A copy of the request is provided to you with this notice.',
        'No. The agency does not intend to keep you in custody for ICE',
        'Yes. The agency intends to tell ICE the date and time of your release.',
        'June 1, 2018, 9:15 AM PDT',
        'Government Code section 7284.10(a)(2)',
      ],
      citation: 'Cal. Gov. Code 7283.1(b)',
    },
    es: {
      sentences: [
        'La ley de California obliga a la agencia a entregarle una copia de la solicitud y a informarle si tiene la intención de cumplirla.',
        'Junto con este aviso se le entrega una copia de la solicitud.',
        'No. La agencia no tiene la intención de mantenerle bajo custodia',
        'Sí. La agencia tiene la intención de informar a ICE de la fecha y hora de su puesta en libertad.',
        '1 de junio de 2018, 09:15 PDT',
        'Departamento de Correcciones y Rehabilitación de California',
      ],
      citation: 'Cal. Gov. Code 7283.1(b)',
    },
  },
  'tx-held-on-detainer': {
    en: {
      sentences: [
        'You are being held pursuant to an immigration detainer request issued by United States Immigration and Customs Enforcement (ICE).',
        'you may be held until June 3, 2018, 5:00 PM CDT at the latest',
        'if you have provided proof that you are a citizen of the United States or that you have lawful immigration status in the United States',
        "such as a Texas driver's license",
      ],
      citation: 'Tex. Code Crim. Proc. art. 2.251',
    },
    es: {
      sentences: [
        'Se le mantiene bajo custodia en virtud de una solicitud de retención migratoria (immigration detainer request) emitida por el Servicio de Inmigración y Control de Aduanas de los Estados Unidos (ICE).',
        'hasta el 3 de junio de 2018, 17:00 CDT, a más tardar',
        'si usted ha presentado prueba de que tiene la ciudadanía de los Estados Unidos o un estatus migratorio legal',
        'como una licencia de conducir de Texas',
      ],
      citation: 'Tex. Code Crim. Proc. art. 2.251',
    },
  },
  'release-notification': {
    en: {
      sentences: [
        'California law requires the agency to give you the same notification in writing.',
        'Release date and time given to ICE June 1, 2018, 5:00 PM PDT',
        'to your attorney or to one other person you choose',
      ],
      citation: 'Cal. Gov. Code 7283.1(b)',
    },
    es: {
      sentences: [
        'La ley de California obliga a la agencia a darle a usted la misma notificación por escrito.',
        'Fecha y hora de puesta en libertad comunicadas a ICE 1 de junio de 2018, 17:00 PDT',
        'a su abogado o a otra persona que usted elija',
      ],
      citation: 'Cal. Gov. Code 7283.1(b)',
    },
  },
};

const BANNER = {
  en: 'SYNTHETIC DEMO — NOT A REAL NOTICE',
  es: 'DEMOSTRACIÓN CON DATOS FICTICIOS — NO ES UN AVISO REAL',
};
const SERVED: Record<PersonKind, Record<NoticeLanguage, string>> = {
  'ca-truth-copy-and-intent': {
    en: 'Served on June 1, 2018, 10:05 AM PDT',
    es: 'Entregado el 1 de junio de 2018, 10:05 PDT',
  },
  'tx-held-on-detainer': {
    en: 'Served on June 1, 2018, 12:05 PM CDT',
    es: 'Entregado el 1 de junio de 2018, 12:05 CDT',
  },
  'release-notification': {
    en: 'Served on June 1, 2018, 10:05 AM PDT',
    es: 'Entregado el 1 de junio de 2018, 10:05 PDT',
  },
};
const FOOTER = { en: 'Generated by Detainer Desk', es: 'Generado por Detainer Desk' };

const KINDS: PersonKind[] = ['ca-truth-copy-and-intent', 'tx-held-on-detainer', 'release-notification'];
const LANGUAGES: NoticeLanguage[] = ['en', 'es'];

describe('pdfNoticeRenderer', () => {
  for (const kind of KINDS) {
    for (const language of LANGUAGES) {
      describe(`${kind} (${language})`, () => {
        it('is a PDF, the same bytes each time', async () => {
          const a = await pdfNoticeRenderer.render(content(kind, language));
          const b = await pdfNoticeRenderer.render(content(kind, language));
          expect(Buffer.from(a.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
          expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
          expect(a.byteLength).toBeGreaterThan(1000);
        });

        it.skipIf(SKIP_TEXT)('says what the law requires, in its language', async () => {
          const text = textOf(await pdfNoticeRenderer.render(content(kind, language)));
          const expected = EXPECTED[kind][language];
          expect(text).toContain('María José Núñez Ibáñez');
          expect(text).toContain('BK-2018-004217');
          for (const sentence of expected.sentences) expect(text).toContain(sentence);
          expect(text).toContain(expected.citation);
          expect(text).toContain(SERVED[kind][language]);
          expect(text).toContain(FOOTER[language]);
          expect(text).toContain(BANNER[language]);
          // The diagonal watermark is drawn as an artifact with empty ActualText: it is not in the text.
          expect(text.split(BANNER[language]).length - 1).toBe(1);
        });
      });
    }
  }

  it('changes with the content (the served time goes into the document info)', async () => {
    const a = await pdfNoticeRenderer.render(content('release-notification', 'en'));
    const b = await pdfNoticeRenderer.render(
      content('release-notification', 'en', { servedAt: '2018-06-01T10:06:00-07:00' }),
    );
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(false);
  });

  it.skipIf(SKIP_TEXT)('has no synthetic banner for a real agency, and a dash for a missing name', async () => {
    const text = textOf(
      await pdfNoticeRenderer.render(
        content('tx-held-on-detainer', 'en', {
          agencyName: "Harris County Sheriff's Office",
          synthetic: false,
          facilityName: null,
          personName: null,
          holdUntil: null,
        }),
      ),
    );
    expect(text).not.toContain('SYNTHETIC');
    expect(text).toContain("Harris County Sheriff's Office");
    expect(text).not.toContain('María');
    expect(text).toMatch(/Name Booking number ICE form — BK-2018-004217/);
    expect(text).toContain('How long this hold may last is not yet known');
  });

  it.skipIf(SKIP_TEXT)(
    'says when nothing is decided yet, and prints given citations instead of the defaults',
    async () => {
      const text = textOf(
        await pdfNoticeRenderer.render(
          content('ca-truth-copy-and-intent', 'es', {
            decisions: { hold: null, notify: null, transfer: null },
            citations: [{ title: 'Cal. Gov. Code 7283.1(b) (AB 2792, 2016)', href: 'https://example.org/7283.1' }],
          }),
        ),
      );
      expect(text).toContain('La agencia todavía no ha decidido si tiene la intención de cumplir esta solicitud.');
      expect(text).not.toContain('Lo que pidió ICE');
      expect(text).toContain('Cal. Gov. Code 7283.1(b) (AB 2792, 2016)');
      expect(text).not.toContain('Cal. Gov. Code 7284.10(a)(2)');
    },
  );

  it.skipIf(SKIP_TEXT)('tells how long a hold the agency intends to honor may last', async () => {
    const text = textOf(
      await pdfNoticeRenderer.render(
        content('ca-truth-copy-and-intent', 'en', {
          decisions: { hold: 'comply', notify: null, transfer: null },
          holdUntil: '2018-06-03T17:00:00-07:00',
        }),
      ),
    );
    expect(text).toContain('Yes. The agency intends to keep you in custody for ICE');
    expect(text).toContain('until June 3, 2018, 5:00 PM PDT at the latest');
    expect(text).not.toContain('Notification:');
  });

  it.skipIf(SKIP_TEXT)('runs onto more pages with a footer on each, when the content is long', async () => {
    const citations = Array.from({ length: 40 }, (_, i) => ({
      title: `Citation ${i + 1}`,
      href: `https://example.org/law/${i + 1}`,
    }));
    const pdf = await pdfNoticeRenderer.render(content('release-notification', 'en', { citations }));
    const text = textOf(pdf);
    expect(text).toContain('Page 1 of 2');
    expect(text).toContain('Page 2 of 2');
    expect(text).toContain('Citation 40');
    expect(text.split('Generated by Detainer Desk').length - 1).toBe(2);
    expect(text.split('SYNTHETIC DEMO — NOT A REAL NOTICE').length - 1).toBe(1);
  });
});

describe('names as written, in any script', () => {
  const NAMES = ['José Müller', 'Nguyễn Văn Đức', 'محمد', '王小明', 'やまだ たろう', '김민준', 'Анна Ковалёва', 'राजेश'];

  for (const name of NAMES) {
    it.skipIf(SKIP_TEXT)(`prints "${name}" in the PDF's text layer, not "?"`, async () => {
      for (const language of LANGUAGES) {
        const pdf = await pdfNoticeRenderer.render(content('tx-held-on-detainer', language, { personName: name }));
        // pdftotext marks a right-to-left run with embedding marks: drop them to compare.
        const text = textOf(pdf).replace(/[\u202a-\u202e]/g, '');
        expect(text).toContain(name);
        expect(text).not.toMatch(/Name Booking number ICE form \?/);
      }
    });
  }

  it('embeds only the fonts a notice uses, subset (a Latin-only notice carries no CJK or Arabic font)', async () => {
    const latin = Buffer.from(await pdfNoticeRenderer.render(content('release-notification', 'en')));
    const mixed = Buffer.from(
      await pdfNoticeRenderer.render(content('release-notification', 'en', { personName: 'محمد 王小明 김민준' })),
    );
    const fonts = (pdf: Buffer) =>
      [...pdf.toString('latin1').matchAll(/\/BaseFont \/[A-Z]{6}\+([\w-]+)/g)].map((m) => m[1]);
    expect(new Set(fonts(latin))).toEqual(new Set(['NotoSans-Regular', 'NotoSans-Bold']));
    expect(new Set(fonts(mixed))).toEqual(
      new Set(['NotoSans-Regular', 'NotoSans-Bold', 'NotoNaskhArabic-Bold', 'NotoSansHans-Bold', 'NotoSansKR-Bold']),
    );
    // Subset: a few glyphs of an 8 MB font, not the font.
    expect(mixed.byteLength).toBeLessThan(200_000);
  });
});

describe("a demo agency's notice", () => {
  it.skipIf(SKIP_TEXT)('carries the banner when the agency is synthetic, whatever its name', async () => {
    const real = await pdfNoticeRenderer.render(
      content('release-notification', 'en', { agencyName: 'Plain County Jail', synthetic: true }),
    );
    expect(textOf(real)).toContain(BANNER.en);
    const named = await pdfNoticeRenderer.render(
      content('release-notification', 'en', { agencyName: 'Demo County Jail (synthetic)', synthetic: false }),
    );
    expect(textOf(named)).not.toContain('SYNTHETIC');
  });

  it.skipIf(SKIP_TEXT)('is told by its name only for a notice kept before the flag was', async () => {
    const old = content('release-notification', 'en', { agencyName: 'Demo County Jail (synthetic)' });
    delete (old as { synthetic?: boolean }).synthetic;
    expect(textOf(await pdfNoticeRenderer.render(old))).toContain(BANNER.en);
  });
});

describe('notice text helpers', () => {
  it('formats instants for people, in the notice time zone', () => {
    const { en, es } = NOTICE_DICTIONARIES;
    expect(formatForPeople('2018-06-02T00:00:00Z', en.common, 'America/Los_Angeles')).toBe('June 1, 2018, 5:00 PM PDT');
    expect(formatForPeople('2018-06-02T00:00:00Z', es.common, 'America/Los_Angeles')).toBe(
      '1 de junio de 2018, 17:00 PDT',
    );
    expect(formatForPeople('2018-12-01T09:05:00-06:00', es.common, 'America/Chicago')).toBe(
      '1 de diciembre de 2018, 09:05 CST',
    );
    expect(formatForPeople('2018-06-01', en.common, 'America/Los_Angeles')).toBe('June 1, 2018');
    expect(formatForPeople(null, en.common, 'America/Los_Angeles')).toBe('—');
    expect(formatForPeople('after sentencing', en.common, 'America/Los_Angeles')).toBe('after sentencing');
  });

  it('recognizes the labelled demo agencies', () => {
    expect(isSyntheticAgency("Demo Harris County Sheriff's Office (synthetic)")).toBe(true);
    expect(isSyntheticAgency('Demo County Jail')).toBe(true);
    expect(isSyntheticAgency('Some County (synthetic)')).toBe(true);
    expect(isSyntheticAgency("Harris County Sheriff's Office")).toBe(false);
    expect(isSyntheticAgency('Democracy County Jail')).toBe(false);
  });

  it('keeps every letter as written, with odd spaces made plain and no line breaks or control characters', () => {
    expect(printable('Ñandú ¿sí? ¡no! — “quoted” €5')).toBe('Ñandú ¿sí? ¡no! — “quoted” €5');
    expect(printable('Nguyễn Văn Đức')).toBe('Nguyễn Văn Đức');
    expect(printable('王 Wang\u202fA\nB\u0007')).toBe('王 Wang A B');
  });

  it('fills placeholders and leaves unknown ones', () => {
    expect(fill('{a} and {b}', { a: 'x' })).toBe('x and {b}');
  });

  it('has the same keys in both languages', () => {
    const shape = (value: unknown): unknown =>
      typeof value === 'object' && value !== null && !Array.isArray(value)
        ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shape(v)]))
        : Array.isArray(value)
          ? 'list'
          : typeof value;
    expect(shape(NOTICE_DICTIONARIES.es)).toEqual(shape(NOTICE_DICTIONARIES.en));
  });
});
