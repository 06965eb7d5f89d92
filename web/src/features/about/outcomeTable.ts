/**
 * The outcome table of src/core/research/outcomes.ts as the methodology page prints it (the web talks
 * HTTP and imports no core values; test/web/about-outcomes.test.ts fails when the two differ).
 */
export const OUTCOME_OF_LIFT_REASON: Readonly<Record<string, string>> = {
  'Booked into Detention': 'transferred-to-ice',
  'Detainer Declined by LEA': 'declined-by-agency',
  Lifted: 'lifted-by-ice',
  'Lifted - Lack of Funds': 'lifted-by-ice',
  'Lifted - Lack of Space': 'lifted-by-ice',
  'ICE Temporary Resource Constraint': 'lifted-by-ice',
  'Prosecutorial Discretion': 'lifted-by-ice',
  'Case Closed': 'lifted-by-ice',
  'Alien Not Subject to Deportation': 'lifted-by-ice',
  'Not Amenable to Removal': 'lifted-by-ice',
  'Noncitizen Not Amenable to Removal': 'lifted-by-ice',
  'Judicial Review': 'lifted-by-ice',
  'United States Citizen Interviewed': 'lifted-by-ice',
  'USC or Presumptive Claim to US Citizenship': 'lifted-by-ice',
  'Early Release': 'released',
  'No longer in State, Local, or Federal Custody': 'released',
  'No longer in LEA Custody': 'released',
  'Insufficient Notice to ICE': 'released',
  Duplicate: 'reissued',
  'Superseding - New Form Issued': 'reissued',
  Transferred: 'other',
  Died: 'other',
};

/** The sources the page cites, with their addresses (shared/data/README.md and the domain brief, section 6). */
export const SOURCES = [
  { key: 'about.src.npr', url: 'https://github.com/nprapps/sanctuary-cities' },
  { key: 'about.src.pa', url: 'https://github.com/eads/geocode-pa-detainers' },
  { key: 'about.src.ddp', url: 'https://github.com/deportationdata/ice' },
  { key: 'about.src.trac511', url: 'https://trac.syr.edu/immigration/reports/511/' },
  { key: 'about.src.trac370', url: 'https://trac.syr.edu/immigration/reports/370' },
  {
    key: 'about.src.ddor',
    url: 'https://vdocuments.mx/declined-detainer-outcome-report-secretary-of-homeland-securityas-subsequent-implementation.html',
  },
  { key: 'about.src.cis', url: 'http://www.docstoc.com/docs/170073461/immigcrime' },
] as const;
