import { describe, expect, it } from 'vitest';
import { createResearchGazetteer, placeKey } from './research-gazetteer.js';

const gazetteer = createResearchGazetteer();
const county = (city: string, state: string, facility?: string) =>
  gazetteer.countyFips(city, gazetteer.stateCode(state) ?? state, facility);

describe('research gazetteer: New York City, Puerto Rico and the territories', () => {
  it('maps each New York City borough, as ICE writes it, to its county', () => {
    expect(county('BRONX', 'NEW YORK')).toBe('36005');
    expect(county('The Bronx', 'NY')).toBe('36005');
    expect(county('BROOKLYN', 'NY')).toBe('36047');
    expect(county('QUEENS', 'NY')).toBe('36081');
    expect(county('STATEN ISLAND', 'NY')).toBe('36085');
    expect(county('NEW YORK', 'NY')).toBe('36061');
    expect(county('MANHATTAN', 'NY')).toBe('36061');
    // Queens neighbourhoods stay in Queens (the postal gazetteer).
    expect(county('JAMAICA', 'NY')).toBe('36081');
  });

  it('puts Rikers Island in the Bronx, also under its postal city East Elmhurst', () => {
    expect(county('RIKERS ISLAND', 'NY')).toBe('36005');
    expect(county('EAST ELMHURST', 'NY', 'NYC DOC ANNA M KROSS CENTER')).toBe('36005');
  });

  it("maps Puerto Rico's municipios by name, with or without accents, and San Juan's districts", () => {
    expect(gazetteer.stateCode('PUERTO RICO')).toBe('PR');
    expect(county('SAN JUAN', 'PR')).toBe('72127');
    expect(county('GUAYNABO', 'PR')).toBe('72061');
    expect(county('MAYAGUEZ', 'PR')).toBe('72097');
    expect(county('Mayagüez', 'PR')).toBe('72097');
    expect(county('CATANO', 'PR')).toBe('72033');
    expect(county('RIO PIEDRAS', 'PR')).toBe('72127');
    expect(county('NOWHERE TOWN', 'PR')).toBeNull();
  });

  it("maps the territories' towns to their county-equivalents", () => {
    expect(county('HAGATNA', 'GUAM')).toBe('66010');
    expect(county('MANGILAO', 'GU')).toBe('66010');
    expect(gazetteer.stateCode('VIRGIN ISLANDS')).toBe('VI');
    expect(county('CHRISTIANSTED', 'VI')).toBe('78010');
    expect(county('ST CROIX', 'VI')).toBe('78010');
    expect(county('ST. THOMAS', 'VI')).toBe('78030');
    expect(county('CHARLOTTE AMALIE', 'VI')).toBe('78030');
    expect(county('SAIPAN', 'MP')).toBe('69110');
    expect(county('SUSUPE', 'MP')).toBe('69110');
    expect(county('PAGO PAGO', 'AS')).toBe('60010');
  });

  it('keeps mapping other cities through the postal gazetteer and county-named facilities', () => {
    expect(county('NORRISTOWN', 'PA')).toBe('42091');
    expect(county('NOWHERE CITY', 'TX')).toBeNull();
    expect(county('NOWHERE CITY', 'PA', 'BUCKS CNTY JAIL')).toBe('42017');
  });

  it('folds accents and spells out abbreviations in place keys', () => {
    expect(placeKey('Cataño')).toBe('CATANO');
    expect(placeKey('St. Thomas')).toBe('SAINT THOMAS');
  });
});
