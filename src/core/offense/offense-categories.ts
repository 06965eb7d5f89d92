/**
 * The closed vocabulary of offense categories that rules read (brief section 7). Versioned data:
 * adding a category is a deliberate change; an unknown category in input is an error.
 */
export const OFFENSE_CATEGORIES = {
  'serious-felony': 'serious felony, Cal. Penal Code 1192.7(c)',
  'violent-felony': 'violent felony, Cal. Penal Code 667.5(c)',
  'state-prison-felony': 'felony punishable by imprisonment in state prison (Cal.)',
  'aggravated-felony': 'aggravated felony, INA 101(a)(43), any subparagraph',
  'aggravated-felony-a-p':
    'a federal conviction of an aggravated felony under INA 101(a)(43)(A)-(P): Cal. Gov. Code 7282.5(a)(5) accepts only a person "convicted of a federal crime" that meets that definition',
  'ca-7282.5-a3': 'an offense listed in Cal. Gov. Code 7282.5(a)(3)(A)-(AE)',
  'nyc-violent-or-serious': 'a "violent or serious crime" under NYC Admin. Code 9-131 / 14-154',
  'domestic-violence':
    'a domestic-violence offense (the TRUST Act, Cal. Gov. Code 7282.5(b) as enacted by AB 4, excepts it from the magistrate criterion)',
  'ct-class-a-b-felony':
    'a class A or class B felony (Conn. Gen. Stat. 53a-25 ff.), the conviction C.G.S. 54-192h excepts',
  'ct-54-192h-2025-listed':
    'a class C or D felony that the 2025 amendment to C.G.S. 54-192h added to the convictions it excepts (e.g. family violence, sexual assault)',
  'nj-violent-or-serious':
    'a "violent or serious offense" as defined in the N.J. Immigrant Trust Directive (AG Dir. 2018-6)',
  'nj-indictable-crime': 'an indictable crime under New Jersey law (or its equivalent elsewhere), N.J. AG Dir. 2018-6',
  'dc-dangerous-or-violent-crime':
    'a dangerous crime or crime of violence as defined in D.C. Code 23-1331(3)-(4), or its equivalent elsewhere (D.C. Code 24-211.07 as enacted in 2012)',
  'dc-homicide-crime':
    'a homicide crime under D.C. Code 22-2101 et seq., or its equivalent elsewhere (D.C. Code 24-211.07(c), 2012)',
  'federal-offense':
    'an offense charged or convicted under federal criminal law (e.g. D.C. Code 24-211.07(a)(4): a federal criminal charge)',
  'pa-violent-felony-f1-f2':
    'a first- or second-degree felony involving violence (Pa.; Philadelphia executive orders on ICE detainers)',
  'tx-travis-2017-listed':
    "an offence the Travis County Sheriff's 2017 detainer policy lists (murder, capital murder, aggravated sexual assault, smuggling or trafficking of persons)",
  'la-opso-2013-listed':
    'first- or second-degree murder, aggravated rape, aggravated kidnapping, treason or armed robbery with a firearm (Orleans Parish Sheriff, 2013)',
  'nj-middlesex-serious-1-2':
    'a first- or second-degree "serious offense" listed in the Middlesex County (N.J.) ICE policy of 2017, or its equivalent elsewhere',
} as const;

export type OffenseCategory = keyof typeof OFFENSE_CATEGORIES;

/**
 * The states whose rules read each category (null: rules anywhere may); the desk's facts form offers
 * an agency the general categories and its own state's, so a Texas officer is not asked about New
 * Jersey's list. A category is not limited by this: the API takes any of them anywhere.
 */
export const OFFENSE_CATEGORY_STATES: Readonly<Record<OffenseCategory, readonly string[] | null>> = {
  'serious-felony': ['CA'],
  'violent-felony': ['CA'],
  'state-prison-felony': ['CA'],
  'aggravated-felony': null,
  'aggravated-felony-a-p': ['CA'],
  'ca-7282.5-a3': ['CA'],
  'nyc-violent-or-serious': ['NY'],
  'domestic-violence': ['CA'],
  'ct-class-a-b-felony': ['CT'],
  'ct-54-192h-2025-listed': ['CT'],
  'nj-violent-or-serious': ['NJ'],
  'nj-indictable-crime': ['NJ'],
  'dc-dangerous-or-violent-crime': ['DC'],
  'dc-homicide-crime': ['DC'],
  'federal-offense': null,
  'pa-violent-felony-f1-f2': ['PA'],
  'tx-travis-2017-listed': ['TX'],
  'la-opso-2013-listed': ['LA'],
  'nj-middlesex-serious-1-2': ['NJ'],
};

export const OFFENSE_LEVELS = ['felony', 'misdemeanor', 'wobbler', 'infraction'] as const;
export type OffenseLevel = (typeof OFFENSE_LEVELS)[number];

export function isOffenseCategory(value: string): value is OffenseCategory {
  return Object.hasOwn(OFFENSE_CATEGORIES, value);
}
