import { describe, expect, it } from 'vitest';
import type { NoticeContent } from '../../core/lifecycle/lifecycle.ports.js';
import { NOTICE_DICTIONARIES } from '../notice-templates/index.js';
import { formatForPeople } from '../notice-format.js';
import { banner, createDocument, details, finishPages, header, legalBasis, personRows, served } from './layout.js';

const content: NoticeContent = {
  kind: 'release-notification',
  language: 'en',
  agencyName: 'Test County Jail',
  synthetic: false,
  facilityName: null,
  personName: null,
  bookingReference: 'BK-1',
  form: 'I-247A',
  formEdition: null,
  receivedAt: '2018-06-01T09:15:00-07:00',
  issuedAt: '2018-05-31T16:40:00-07:00',
  decisions: { hold: null, notify: null, transfer: null },
  holdUntil: null,
  releaseAt: null,
  citations: [],
  servedAt: '2018-06-01T10:05:00-07:00',
  timeZone: 'America/Los_Angeles',
};
const common = NOTICE_DICTIONARIES.en.common;
const when = (iso: string | null) => formatForPeople(iso, common, content.timeZone);

async function render(synthetic: boolean): Promise<Buffer> {
  const { doc, bytes } = createDocument(content, common, 'A title', 'A subtitle');
  if (synthetic) banner(doc, common.syntheticBanner);
  header(doc, content, 'A title', 'A subtitle');
  details(doc, personRows(content, common, when));
  legalBasis(doc, common.legalBasisHeading, [{ title: 'Test Act 1', href: 'https://example.org/1' }]);
  served(doc, common.servedOn, when(content.servedAt), common.keepNotice);
  finishPages(doc, common, synthetic);
  doc.end();
  return Buffer.from(await bytes);
}

describe('the page of a notice', () => {
  it('lays out the person panel: name (a dash when unknown), booking, form; issued and received', () => {
    const rows = personRows(content, common, when);
    expect(rows.map((row) => row.map((c) => [c.label, c.value]))).toEqual([
      [
        ['Name', '—'],
        ['Booking number', 'BK-1'],
        ['ICE form', 'I-247A'],
      ],
      [
        ['Issued by ICE', 'May 31, 2018, 4:40 PM PDT'],
        ['Received by the agency', 'June 1, 2018, 9:15 AM PDT'],
      ],
    ]);
    // The shares of each row fill the panel.
    for (const row of rows) expect(row.reduce((sum, c) => sum + c.share, 0)).toBeCloseTo(1);
  });

  it('is a deterministic PDF in the language of its words, a watermark only on a demo', async () => {
    const a = await render(false);
    const b = await render(false);
    expect(a.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(a.equals(b)).toBe(true);
    expect(a.toString('latin1')).toContain('/Lang (en-US)');
    const demo = await render(true);
    // The watermark is drawn translucent (its graphics state), only on a demo's notice.
    expect(demo.toString('latin1')).toMatch(/\/ca 0\.11/);
    expect(a.toString('latin1')).not.toMatch(/\/ca 0\.11/);
  });
});
