/**
 * `or-commission-report`: a declined immigration-enforcement request, documented for the report to
 * the Oregon Criminal Justice Commission. Declared on the duty `or-ors-181a.826-report-to-commission`
 * (policies/state/or/hb3265-sanctuary-promise-2021.policy.yaml).
 *
 * Sources:
 * - ORS 181A.826(3)(a) (HB 3265, 2021 Or. Laws ch. 550; lawserver.com): "If a public body receives
 *   a communication or request from a federal agency that relates to immigration enforcement, other
 *   than a judicial subpoena described in ORS 181A.823 (1)(c)(A), the public body shall decline the
 *   request and document the communication or request." The rest of the subsection (to whom the
 *   documentation goes) was not read in full: UNCONFIRMED.
 * - Oregon Criminal Justice Commission, "Sanctuary Promise Violation" (oregon.gov/cjc): "The public
 *   body shall then report on that request to the Oregon Criminal Justice Commission"; FAQ: "How
 *   often does my agency need to report to CJC? At least monthly if your agency receives a
 *   communication or request from a federal agency."
 * So the report prints the request (requesting agency, form, dates, what it asked) and the agency's
 * response. No source says the report must name the person, so it does not (data minimisation);
 * the Commission's own form and fields were not read (UNCONFIRMED), so this is the agency's
 * documentation to report from, not the Commission's form.
 */
import type { NoticeBlock } from '../../../core/lifecycle/lifecycle.ports.js';
import type { RequestAction } from '../../notice-templates/index.js';
import { fill } from '../../notice-format.js';
import type { DetailCell, TableRow } from '../layout.js';
import { table } from '../layout.js';
import { callout, paragraph } from '../text.js';
import type { KindContext, NoticeKindModule } from './types.js';

const ACTIONS: readonly RequestAction[] = ['hold', 'notify', 'transfer'];
const words = (ctx: KindContext) => ctx.dict['or-commission-report'];

function requestRows(ctx: KindContext): DetailCell[][] {
  const common = ctx.dict.common;
  const text = words(ctx);
  const { content } = ctx;
  const form = content.formEdition
    ? fill(common.formWithEdition, { form: content.form, edition: content.formEdition })
    : content.form;
  return [
    [
      { label: text.requesterLabel, value: text.requester, strong: true, share: 0.6 },
      { label: common.formLabel, value: form, share: 0.4 },
    ],
    [
      { label: common.issuedLabel, value: ctx.when(content.issuedAt), share: 0.6 },
      { label: common.receivedLabel, value: ctx.when(content.receivedAt), share: 0.4 },
    ],
  ];
}

/** What the request asked, each with the agency's response (only the actions it has decided). */
function responses(ctx: KindContext): TableRow[] {
  const text = words(ctx);
  return ACTIONS.flatMap((action) => {
    const decision = ctx.content.decisions[action];
    return decision ? [{ left: text.actions[action], right: text.responses[decision] }] : [];
  });
}

export const orCommissionReport: NoticeKindModule = {
  title: (ctx) => words(ctx).title,
  subtitle: (ctx) => words(ctx).subtitle,
  details: requestRows,
  pdfBody: (doc, ctx) => {
    const text = words(ctx);
    for (const p of text.intro) paragraph(doc, p);
    const rows = responses(ctx);
    if (rows.length === 0) paragraph(doc, text.undecided);
    else table(doc, [text.tableAction, text.tableResponse], rows);
    callout(doc, text.noIdentifiers);
    paragraph(doc, text.frequency);
  },
  previewBody: (ctx) => {
    const text = words(ctx);
    const rows = responses(ctx);
    return [
      ...text.intro.map((p): NoticeBlock => ({ kind: 'paragraph', text: p, strong: false })),
      rows.length === 0
        ? { kind: 'paragraph', text: text.undecided, strong: false }
        : { kind: 'table', head: [text.tableAction, text.tableResponse], rows: rows.map((r) => [r.left, r.right]) },
      { kind: 'callout', text: text.noIdentifiers },
      { kind: 'paragraph', text: text.frequency, strong: false },
    ];
  },
  afterLegalBasis: () => null,
  closing: (ctx) => ({ servedOn: words(ctx).servedOn, closing: words(ctx).closing }),
  citationsOfOldNotices: [],
};
