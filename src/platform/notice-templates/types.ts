/**
 * The words of the notices, as data: one dictionary per language, with a part shared by every
 * notice and a part per notice kind. The layout code (`../pdf-notice-renderer.ts`) picks the
 * strings and fills their `{placeholders}`; it never holds wording of its own.
 *
 * Placeholders: `{agencyName}`, `{holdUntil}`, `{releaseAt}`, `{form}`, `{edition}`, `{servedAt}`,
 * `{page}`, `{pages}`. Dates arrive already formatted for people in the notice's language.
 */
import type { NoticeLanguage } from '../../core/lifecycle/detainer-event.js';

export type RequestAction = 'hold' | 'notify' | 'transfer';
export type IntentDecision = 'comply' | 'decline';

/** Labels and lines every notice uses. */
export interface CommonText {
  /** BCP 47 tag for dates and the PDF's /Lang. */
  readonly locale: string;
  readonly facilityLabel: string;
  readonly personLabel: string;
  readonly bookingLabel: string;
  readonly formLabel: string;
  /** How a form with a known edition is written, e.g. "I-247A (edition 02/17)". */
  readonly formWithEdition: string;
  readonly issuedLabel: string;
  readonly receivedLabel: string;
  /** Shown for a missing name or date. */
  readonly unknown: string;
  readonly legalBasisHeading: string;
  readonly servedOn: string;
  readonly keepNotice: string;
  readonly generatedBy: string;
  readonly pageOf: string;
  /** Lines of the banner on a synthetic (demo) notice; the first one is the notice's language. */
  readonly syntheticBanner: readonly string[];
  /** The diagonal watermark on a synthetic (demo) notice. */
  readonly syntheticWatermark: string;
}

/** Cal. Gov. Code 7283.1(b) (and 7284.10(a)(2) for the Department of Corrections): copy and intent. */
export interface CopyAndIntentText {
  readonly title: string;
  readonly subtitle: string;
  readonly intro: readonly string[];
  readonly copyProvided: string;
  readonly tableAction: string;
  readonly tableIntent: string;
  readonly actions: Readonly<Record<RequestAction, string>>;
  /** The short answer printed in bold before the intent ("Yes." / "No."). */
  readonly answers: Readonly<Record<IntentDecision, string>>;
  readonly intents: Readonly<Record<RequestAction, Readonly<Record<IntentDecision, string>>>>;
  /** When no action has a decision yet. */
  readonly undecided: string;
  /** Added when the agency intends to hold and the hold's end is known. */
  readonly holdUntil: string;
  readonly corrections: string;
}

/** Tex. Code Crim. Proc. art. 2.251(a)(2) and (b): held on a detainer; proof of status. */
export interface HeldOnDetainerText {
  readonly title: string;
  readonly subtitle: string;
  /** The sentence the statute requires, close to its own words. */
  readonly held: string;
  readonly holdUntil: string;
  readonly holdUntilUnknown: string;
  readonly proofHeading: string;
  readonly proof: readonly string[];
}

/**
 * The states whose law asks only that the person be told they are held on an immigration detainer
 * request (Okla. Stat. tit. 22, 171.3(A)(2); Mont. Code 27-16-801(2)(b); Indiana SEA 76 of 2026):
 * the sentence, the hold's end, and the law cited from the rules the decision applied.
 */
export interface GenericHeldText {
  readonly title: string;
  readonly subtitle: string;
  readonly held: string;
  readonly holdUntil: string;
  readonly holdUntilUnknown: string;
  readonly lawNote: string;
}

/** Cal. Gov. Code 7283.1(b): the release date and time given to ICE, in writing to the person. */
export interface ReleaseNotificationText {
  readonly title: string;
  readonly subtitle: string;
  readonly intro: readonly string[];
  readonly releaseLabel: string;
  readonly releaseUnknown: string;
  readonly designee: readonly string[];
}

/** How a notice that is not given to the person closes: when it was sent, and a line after it (or none). */
export interface ClosingText {
  readonly servedOn: string;
  readonly closing: string | null;
}

/** Fla. Stat. 908.105 (in the Florida Senate's 2019 bill summary's words): the judge is notified of the detainer. */
export interface JudgeNoticeText extends ClosingText {
  readonly title: string;
  readonly subtitle: string;
  readonly addressee: string;
  /** The sentence the notice exists for. */
  readonly statement: string;
  readonly law: readonly string[];
}

/** 5 ILCS 805/25: one detainer's line of the annual report to the Illinois Attorney General. */
export interface AnnualReportRecordText extends ClosingText {
  readonly title: string;
  readonly subtitle: string;
  readonly intro: readonly string[];
  readonly receivedLabel: string;
  readonly bailLabel: string;
  readonly outcomeLabel: string;
  readonly outcomeAtLabel: string;
  readonly transferredToLabel: string;
  readonly outcomes: Readonly<Record<'released' | 'transferred' | 'in-custody', string>>;
  /** The agency a transfer under an ICE detainer hands the person to. */
  readonly ice: string;
  readonly notApplicable: string;
  readonly noIdentifiers: string;
  readonly none: string;
}

/** ORS 181A.826(3)(a): a declined immigration-enforcement request, documented and reported to the Commission. */
export interface CommissionReportText extends ClosingText {
  readonly title: string;
  readonly subtitle: string;
  readonly intro: readonly string[];
  readonly requesterLabel: string;
  readonly requester: string;
  readonly tableAction: string;
  readonly tableResponse: string;
  readonly actions: Readonly<Record<RequestAction, string>>;
  readonly responses: Readonly<Record<IntentDecision, string>>;
  readonly undecided: string;
  readonly noIdentifiers: string;
  readonly frequency: string;
}

export interface NoticeDictionary {
  readonly common: CommonText;
  readonly 'ca-truth-copy-and-intent': CopyAndIntentText;
  readonly 'tx-held-on-detainer': HeldOnDetainerText;
  readonly 'release-notification': ReleaseNotificationText;
  readonly 'fl-detainer-notice-to-judge': JudgeNoticeText;
  readonly 'il-annual-report-record': AnnualReportRecordText;
  readonly 'or-commission-report': CommissionReportText;
  readonly 'held-on-detainer': GenericHeldText;
  readonly 'bail-judge-notice': JudgeNoticeText;
}

export type NoticeDictionaries = Readonly<Record<NoticeLanguage, NoticeDictionary>>;

export interface Citation {
  readonly title: string;
  readonly href: string;
}
