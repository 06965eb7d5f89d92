/**
 * `il-annual-report-record`: one immigration detainer's or civil immigration warrant's entry for
 * the annual report to the Illinois Attorney General. Declared on the duty
 * `il-5ilcs805-25-annual-report` (policies/state/il/sb667-way-forward-act-2021.policy.yaml).
 *
 * Source: 5 ILCS 805/25 (P.A. 102-0234, the Way Forward Act; ilga.gov, DocName=000508050K25):
 * "(a) ... law enforcement agencies shall submit a report annually to the Attorney General. This
 * report shall include: ... (2) All immigration detainers or civil immigration warrants received by
 * the law enforcement agency, provided that if an agency does not receive any such detainers or
 * warrants during a reporting period, the agency shall certify and report that it received no such
 * detainers or warrants. The reports shall include: (A) the date when the immigration detainer or
 * civil immigration warrant was received; (B) the date and time the individual subject to the
 * immigration detainer or civil immigration warrant posted criminal bail, if applicable; (C) whether
 * the individual ... was released or transferred; (D) the date and time the individual was released
 * or transferred; and (E) if the individual is transferred, to which governmental agency's custody.
 * (b) Law enforcement agencies shall not include names or other personally identifying information
 * in any reports required under this Section."
 *
 * So the record prints (A)-(E) and nothing that identifies the person: no name, no booking number,
 * no dates of birth. (B) is the release eligibility the desk recorded as "bond posted"; (C)/(D) the
 * detainer's release or transfer; (E) ICE, the agency a transfer under its detainer hands over to.
 * Section 25(a)(1) (requests to assist civil enforcement operations) is not per detainer: not here.
 */
import { fill } from '../../notice-format.js';
import type { DetailCell } from '../layout.js';
import { details } from '../layout.js';
import { callout, paragraph } from '../text.js';
import type { KindContext, NoticeKindModule } from './types.js';

const words = (ctx: KindContext) => ctx.dict['il-annual-report-record'];

/** The request: form, issued and received (no personal identifier). */
function requestRows(ctx: KindContext): DetailCell[][] {
  const common = ctx.dict.common;
  const { content } = ctx;
  const form = content.formEdition
    ? fill(common.formWithEdition, { form: content.form, edition: content.formEdition })
    : content.form;
  return [
    [
      { label: common.formLabel, value: form, share: 0.3 },
      { label: common.issuedLabel, value: ctx.when(content.issuedAt), share: 0.35 },
      { label: common.receivedLabel, value: ctx.when(content.receivedAt), share: 0.35 },
    ],
  ];
}

/** Items (A) to (E) of 5 ILCS 805/25(a)(2), each as a label and its value. */
export function reportItems(ctx: KindContext): Array<{ label: string; value: string }> {
  const text = words(ctx);
  const custody = ctx.content.custody;
  const outcome = custody?.outcome ?? null;
  return [
    { label: text.receivedLabel, value: ctx.when(ctx.content.receivedAt) },
    { label: text.bailLabel, value: custody?.bailPostedAt ? ctx.when(custody.bailPostedAt) : text.notApplicable },
    { label: text.outcomeLabel, value: text.outcomes[outcome ?? 'in-custody'] },
    {
      label: text.outcomeAtLabel,
      value: outcome && custody?.outcomeAt ? ctx.when(custody.outcomeAt) : text.notApplicable,
    },
    { label: text.transferredToLabel, value: outcome === 'transferred' ? text.ice : text.notApplicable },
  ];
}

export const ilAnnualReportRecord: NoticeKindModule = {
  title: (ctx) => words(ctx).title,
  subtitle: (ctx) => words(ctx).subtitle,
  details: requestRows,
  pdfBody: (doc, ctx) => {
    const text = words(ctx);
    for (const p of text.intro) paragraph(doc, fill(p, { agencyName: ctx.content.agencyName }));
    details(
      doc,
      reportItems(ctx).map((item) => [{ label: item.label, value: item.value, strong: true, share: 1 }]),
    );
    callout(doc, text.noIdentifiers);
    paragraph(doc, text.none);
  },
  previewBody: (ctx) => {
    const text = words(ctx);
    return [
      ...text.intro.map((p) => ({
        kind: 'paragraph' as const,
        text: fill(p, { agencyName: ctx.content.agencyName }),
        strong: false,
      })),
      { kind: 'fields', fields: reportItems(ctx) },
      { kind: 'callout', text: text.noIdentifiers },
      { kind: 'paragraph', text: text.none, strong: false },
    ];
  },
  afterLegalBasis: () => null,
  closing: (ctx) => ({ servedOn: words(ctx).servedOn, closing: words(ctx).closing }),
  citationsOfOldNotices: [],
};
