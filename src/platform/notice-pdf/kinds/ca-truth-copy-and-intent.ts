/**
 * `ca-truth-copy-and-intent`: Cal. Gov. Code 7283.1(b) (TRUTH Act): "Upon receiving any ICE hold,
 * notification, or transfer request, the local law enforcement agency shall provide a copy of the
 * request to the individual and inform him or her whether the law enforcement agency intends to
 * comply with the request." Gov. Code 7284.10(a)(2) (SB 54) sets the same duty for the Department
 * of Corrections and Rehabilitation. Declared on the duties `ca-truth-copy-and-intent`
 * (policies/state/ca/ab2792-truth-act-2016.policy.yaml) and `ca-cdcr-copy-and-intent`
 * (policies/state/ca/sb54-values-act-2017.policy.yaml).
 */
import type { NoticeBlock } from '../../../core/lifecycle/lifecycle.ports.js';
import type { IntentDecision, RequestAction } from '../../notice-templates/index.js';
import { fill } from '../../notice-format.js';
import { personRows, table, type TableRow } from '../layout.js';
import { paragraph } from '../text.js';
import { personClosing } from './closing.js';
import type { KindContext, NoticeKindModule } from './types.js';

const ACTIONS: readonly RequestAction[] = ['hold', 'notify', 'transfer'];

const words = (ctx: KindContext) => ctx.dict['ca-truth-copy-and-intent'];

/** The actions ICE asked for that the agency has decided, in a fixed order. */
function asked(ctx: KindContext): Array<{ action: RequestAction; decision: IntentDecision }> {
  return ACTIONS.flatMap((action) => {
    const decision = ctx.content.decisions[action];
    return decision ? [{ action, decision }] : [];
  });
}

const holdLine = (ctx: KindContext): string | null =>
  ctx.content.decisions.hold === 'comply' && ctx.content.holdUntil
    ? fill(words(ctx).holdUntil, { holdUntil: ctx.when(ctx.content.holdUntil) })
    : null;

/** The actions asked, each with the agency's answer in bold and what it means after it. */
function tableRows(ctx: KindContext, rows: ReturnType<typeof asked>): TableRow[] {
  const text = words(ctx);
  return rows.map(({ action, decision }) => ({
    left: text.actions[action],
    right: text.answers[decision],
    rightRest: text.intents[action][decision],
  }));
}

export const caTruthCopyAndIntent: NoticeKindModule = {
  title: (ctx) => words(ctx).title,
  subtitle: (ctx) => words(ctx).subtitle,
  details: (ctx) => personRows(ctx.content, ctx.dict.common, ctx.when),
  pdfBody: (doc, ctx) => {
    const text = words(ctx);
    for (const p of text.intro) paragraph(doc, fill(p, { agencyName: ctx.content.agencyName }));
    paragraph(doc, text.copyProvided, { weight: 'bold' });
    const rows = asked(ctx);
    if (rows.length === 0) {
      paragraph(doc, text.undecided);
      return;
    }
    table(doc, [text.tableAction, text.tableIntent], tableRows(ctx, rows), 0.4);
    const hold = holdLine(ctx);
    if (hold) paragraph(doc, hold);
  },
  previewBody: (ctx) => {
    const text = words(ctx);
    const blocks: NoticeBlock[] = [
      ...text.intro.map((p): NoticeBlock => ({
        kind: 'paragraph',
        text: fill(p, { agencyName: ctx.content.agencyName }),
        strong: false,
      })),
      { kind: 'paragraph', text: text.copyProvided, strong: true },
    ];
    const rows = asked(ctx);
    if (rows.length === 0) return [...blocks, { kind: 'paragraph', text: text.undecided, strong: false }];
    blocks.push({
      kind: 'table',
      head: [text.tableAction, text.tableIntent],
      rows: rows.map(
        ({ action, decision }) =>
          [text.actions[action], `${text.answers[decision]} ${text.intents[action][decision]}`] as const,
      ),
    });
    const hold = holdLine(ctx);
    if (hold) blocks.push({ kind: 'paragraph', text: hold, strong: false });
    return blocks;
  },
  afterLegalBasis: (ctx) => words(ctx).corrections,
  closing: personClosing,
  citationsOfOldNotices: [
    { title: 'Cal. Gov. Code 7283.1(b)', href: 'https://self-law.org/code/ca/government-code/7283-1' },
    {
      title: 'Cal. Gov. Code 7284.10(a)(2)',
      href: 'https://leginfo.legislature.ca.gov/faces/billTextClient.xhtml?bill_id=201720180SB54',
    },
  ],
};
