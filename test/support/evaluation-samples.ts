/** Evaluate inputs shared by the API and CLI tests. */

/** A California request of June 2018 in Alameda County, for a person with a serious-felony conviction. */
export const alameda2018 = {
  asOf: '2018-06-01T10:00:00-07:00',
  place: { state: 'CA', countyFips: '06001' },
  request: { form: 'I-247A', formEdition: '2017-02', warrant: 'administrative', probableCause: ['biometric-database'] },
  subject: {
    convictions: [{ date: '2012-04-03', level: 'felony', categories: ['serious-felony'] }],
    registrant: false,
    federalFelonyWarrant: false,
    pendingCharges: [],
  },
  releaseEligibleAt: '2018-06-01T17:00:00-07:00',
};

/** Texas after SB 4, without saying whether the person proved lawful status. */
export const texasMissingFact = {
  asOf: '2018-02-01T10:00:00-06:00',
  place: { state: 'TX', countyFips: '48201' },
  request: { form: 'I-247A', warrant: 'administrative', probableCause: ['biometric-database'] },
};
