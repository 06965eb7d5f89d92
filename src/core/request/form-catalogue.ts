import type { HoldWindowKind } from '../clock/hold-window.js';
import type { Citation } from '../policy/policy.types.js';
import type { DetainerForm, RequestedAction } from './detainer-request.js';

export interface FormEdition {
  readonly form: DetainerForm;
  /** The edition as the project names it: YYYY-MM where the form's printed date is known. */
  readonly edition: string;
  readonly title: string;
  /** First local date the edition was in use; null when unknown (brief: "as early as 1952"). */
  readonly inUseFrom: string | null;
  /** First date it was no longer issued; null while in use or unknown. Requests already issued stay active. */
  readonly inUseUntil: string | null;
  readonly asks: readonly RequestedAction[];
  /**
   * The hold window its text sets. The regulation's business-48h is the default: only a form whose
   * own text asks for less (the I-247A) narrows it (DESIGN.md section 5).
   */
  readonly holdWindow: HoldWindowKind | null;
  /** Accompanied by an ICE administrative warrant (I-200 or I-205) by ICE policy. */
  readonly warrantByPolicy: boolean;
  readonly citations: readonly Citation[];
  readonly notes: string;
}

const ALL: readonly RequestedAction[] = ['hold', 'notify', 'transfer'];

const REGULATION: Citation = {
  title: '8 CFR 287.7(d)',
  href: 'https://www.ecfr.gov/current/title-8/chapter-I/subchapter-B/part-287/section-287.7',
};

/** The detainer forms and editions (brief 1.2; addendum 5). Dates are local dates. */
export const FORM_CATALOGUE: readonly FormEdition[] = [
  {
    form: 'I-247',
    edition: 'pre-2010',
    title: 'Immigration Detainer - Notice of Action (older editions, "require" wording)',
    inUseFrom: null,
    inUseUntil: '2010-01-01',
    asks: ALL,
    holdWindow: 'business-48h',
    warrantByPolicy: false,
    citations: [REGULATION, { title: 'Norton Tooby, form text quoted', href: 'https://nortontooby.com/node/15804' }],
    notes:
      'Text: "Federal regulations (8 CFR 287.7) require that you detain the alien for a period not to exceed 48 hours ' +
      '(excluding Saturdays, Sundays and Federal holidays)". The switch to the 2010 edition is dated only "about 2010": ' +
      'the boundary 2010-01-01 is the year, not a confirmed day.',
  },
  {
    form: 'I-247',
    edition: '2010',
    title: 'Immigration Detainer - Notice of Action (2010-2011: "request" wording, "investigation initiated" box)',
    inUseFrom: '2010-01-01',
    inUseUntil: '2011-12-29',
    asks: ALL,
    holdWindow: 'business-48h',
    warrantByPolicy: false,
    citations: [REGULATION],
    notes:
      '"MAINTAIN CUSTODY OF ALIEN FOR A PERIOD NOT TO EXCEED 48 HOURS"; includes the "Initiated an investigation" box at ' +
      'issue in Miranda-Olivares. Start dated only "about 2010" (UNCONFIRMED day). No narrower window in its text: the ' +
      'regulation applies.',
  },
  {
    form: 'I-247',
    edition: '2011-12',
    title: 'Immigration Detainer - Notice of Action (Dec. 29, 2011 revision)',
    inUseFrom: '2011-12-29',
    inUseUntil: '2012-12-21',
    asks: ALL,
    holdWindow: 'business-48h',
    warrantByPolicy: false,
    citations: [
      REGULATION,
      {
        title: 'ICE release, Dec. 29, 2011',
        href: 'https://www.islawfirm.com/ice-launches-new-hotline-for-detainees/',
      },
    ],
    notes:
      'Asks the agency to give the person a copy; hotline (855) 448-6903. "Investigation initiated" box still present.',
  },
  {
    form: 'I-247',
    edition: '2012-12',
    title: 'Immigration Detainer - Notice of Action (Dec. 2012 revision; ICE data: "as of March 2013")',
    inUseFrom: '2012-12-21',
    inUseUntil: '2015-07-02',
    asks: ALL,
    holdWindow: 'business-48h',
    warrantByPolicy: false,
    citations: [REGULATION, { title: 'Morton detainer guidance, Dec. 21, 2012', href: 'https://rmlegal.com/?p=300' }],
    notes:
      'Probable-cause boxes replace "investigation initiated" (exact wording UNCONFIRMED). Start tied to the Morton memo ' +
      'of 2012-12-21; end to the PEP rollout of 2015-07-02.',
  },
  {
    form: 'I-247D',
    edition: '2015',
    title: 'Immigration Detainer - Request for Voluntary Action (PEP)',
    inUseFrom: '2015-07-02',
    inUseUntil: '2017-04-02',
    asks: ALL,
    holdWindow: 'business-48h',
    warrantByPolicy: false,
    citations: [
      REGULATION,
      {
        title: 'Form I-247D sample',
        href: 'https://p.pdfkul.com/i-247d-immigration-detainer-samplepdf_59bc24be1723ddeae84957b4.html',
      },
    ],
    notes:
      'Whether its text excluded weekends and holidays is UNCONFIRMED (addendum 5): until the wording is confirmed the ' +
      "regulation's business-48h applies. Printed edition month UNCONFIRMED.",
  },
  {
    form: 'I-247N',
    edition: '2015',
    title: 'Request for Voluntary Notification of Release of Suspected Priority Alien (PEP)',
    inUseFrom: '2015-07-02',
    inUseUntil: '2017-04-02',
    asks: ['notify'],
    holdWindow: null,
    warrantByPolicy: false,
    citations: [{ title: 'Form I-247N text', href: 'https://docslib.org/doc/6569505/ice-documents-produced' }],
    notes: 'Notification only: "It does not request or authorize detention."',
  },
  {
    form: 'I-247X',
    edition: '2015',
    title: 'Request for Voluntary Transfer (PEP)',
    inUseFrom: '2015-07-02',
    inUseUntil: '2017-04-02',
    asks: ['transfer'],
    holdWindow: null,
    warrantByPolicy: false,
    citations: [
      {
        title: 'ICE guidance for Form I-247A',
        href: 'https://www.scribd.com/document/343192456/ICE-Guidance-for-Form-I-247A',
      },
    ],
    notes: 'Known by name only: its fields and boxes are UNCONFIRMED.',
  },
  {
    form: 'I-247A',
    edition: '2017-02',
    title: 'Immigration Detainer - Notice of Action (02/17)',
    inUseFrom: '2017-04-02',
    inUseUntil: null,
    asks: ALL,
    holdWindow: 'flat-48h',
    warrantByPolicy: true,
    citations: [
      {
        title: 'Form I-247A (02/17)',
        href: 'https://dokumen.tips/documents/department-of-homeland-security-the-department-of-homeland-security-dhs-has-placed.html',
      },
      {
        title: 'ICE Policy 10074.2 and I-247A guidance',
        href: 'https://www.scribd.com/document/343192456/ICE-Guidance-for-Form-I-247A',
      },
    ],
    notes:
      '"maintain custody ... for a period not to exceed 48 hours beyond the time he or she would otherwise have been ' +
      'released": no weekend or holiday exclusion in the text. Accompanied by a signed I-200 or I-205 (Policy 10074.2). ' +
      'Later editions (2020+) are UNCONFIRMED.',
  },
];

/** The edition named, or, when none is named, the edition of that form in use on `localDate`. */
export function findEdition(form: string, edition: string | null, localDate: string): FormEdition | undefined {
  const editions = FORM_CATALOGUE.filter((e) => e.form === form);
  if (edition !== null) return editions.find((e) => e.edition === edition);
  return editions.find(
    (e) => (e.inUseFrom === null || e.inUseFrom <= localDate) && (e.inUseUntil === null || localDate < e.inUseUntil),
  );
}
