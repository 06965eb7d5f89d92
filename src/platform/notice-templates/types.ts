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

/** Cal. Gov. Code 7283.1(b): the release date and time given to ICE, in writing to the person. */
export interface ReleaseNotificationText {
  readonly title: string;
  readonly subtitle: string;
  readonly intro: readonly string[];
  readonly releaseLabel: string;
  readonly releaseUnknown: string;
  readonly designee: readonly string[];
}

export interface NoticeDictionary {
  readonly common: CommonText;
  readonly 'ca-truth-copy-and-intent': CopyAndIntentText;
  readonly 'tx-held-on-detainer': HeldOnDetainerText;
  readonly 'release-notification': ReleaseNotificationText;
}

export type NoticeDictionaries = Readonly<Record<NoticeLanguage, NoticeDictionary>>;

export interface Citation {
  readonly title: string;
  readonly href: string;
}
