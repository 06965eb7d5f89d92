import type { NoticeBlock, NoticeContent } from '../../../core/lifecycle/lifecycle.ports.js';
import type { Citation, NoticeDictionary } from '../../notice-templates/index.js';
import type { DetailCell } from '../layout.js';
import type { Doc } from '../style.js';

/** What a notice kind's module is given: the content, the words in its language, and dates for people. */
export interface KindContext {
  readonly content: NoticeContent;
  readonly dict: NoticeDictionary;
  readonly when: (iso: string | null) => string;
}

/**
 * One notice kind: its panel of details, its body as PDF and as preview blocks (the same choices
 * in both), and what it prints after its legal basis. The layout draws the rest of the page.
 */
export interface NoticeKindModule {
  readonly title: (ctx: KindContext) => string;
  readonly subtitle: (ctx: KindContext) => string;
  /** The panel under the title (labels over values). */
  readonly details: (ctx: KindContext) => DetailCell[][];
  readonly pdfBody: (doc: Doc, ctx: KindContext) => void;
  readonly previewBody: (ctx: KindContext) => NoticeBlock[];
  /** A short note after the legal basis (printed small), or null. */
  readonly afterLegalBasis: (ctx: KindContext) => string | null;
  /** The last lines: when it was served (a template with {servedAt}), then a line for the reader or none. */
  readonly closing: (ctx: KindContext) => { readonly servedOn: string; readonly closing: string | null };
  /**
   * The citations printed when the content has none: only notices served before the citations of
   * the rules applied were kept with the content (none of a kind added since), so that their preview
   * and a re-render still read as the PDF that was served. New notices always carry their own.
   */
  readonly citationsOfOldNotices: readonly Citation[];
}
