import { EN } from './en.js';
import { ES } from './es.js';
import type { DefaultCitations, NoticeDictionaries } from './types.js';

export type * from './types.js';

export const NOTICE_DICTIONARIES: NoticeDictionaries = { en: EN, es: ES };

/**
 * What a notice cites when the caller passes no citations: the statute that requires it, with the
 * same titles and sources as the policy files (policies/state/ca, policies/state/tx).
 */
export const DEFAULT_CITATIONS: DefaultCitations = {
  'ca-truth-copy-and-intent': [
    { title: 'Cal. Gov. Code 7283.1(b)', href: 'https://self-law.org/code/ca/government-code/7283-1' },
    {
      title: 'Cal. Gov. Code 7284.10(a)(2)',
      href: 'https://leginfo.legislature.ca.gov/faces/billTextClient.xhtml?bill_id=201720180SB54',
    },
  ],
  'tx-held-on-detainer': [
    {
      title: 'Tex. Code Crim. Proc. art. 2.251 (SB 4, 2017)',
      href: 'https://www.lawserver.com/law/state/texas/tx-codes/texas_code_of_criminal_procedure_2-251',
    },
  ],
  'release-notification': [
    { title: 'Cal. Gov. Code 7283.1(b)', href: 'https://self-law.org/code/ca/government-code/7283-1' },
  ],
};
