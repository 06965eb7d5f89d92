import { beforeAll, expect, it } from 'vitest';
import { describeEachEngine } from '../support/engines.js';
import { buildTestApp, type TestApp } from '../support/test-app.js';

describeEachEngine('the plain-language summary of a place, over HTTP', ({ database }) => {
  let t: TestApp;

  beforeAll(async () => {
    // A fixed "now": 2018-06-01 noon in California.
    t = await buildTestApp(database(), { clock: { now: () => new Date('2018-06-01T19:00:00Z') } });
  });

  const get = (url: string) => t.app.inject({ method: 'GET', url });

  it('says what the law in a county says today, per profile and action, in English and Spanish', async () => {
    const res = await get('/api/v1/places/CA/06001/summary');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({
      place: { state: 'CA', countyFips: '06001', name: 'Alameda, California', timeZone: 'America/Los_Angeles' },
      at: '2018-06-01',
      today: true,
      agencyKind: 'county-jail',
      request: { form: 'I-247A', formEdition: '2017-02', warrant: 'administrative' },
    });
    expect(body.lead.en).toMatch(
      /^Today in Alameda County, California, a jail may not hold anyone on an ICE detainer \(Cal\. Gov\. Code 7284\.6\(a\)\(1\)\(B\)\);/,
    );
    expect(body.lead.es).toMatch(/^Hoy en el condado de Alameda \(California\), una cárcel no puede retener a nadie/);
    expect(body.profiles.map((p: { profile: string }) => p.profile)).toEqual([
      'no-record',
      'pending-misdemeanor',
      'serious-felony',
      'lawful-status',
    ]);
    const felony = body.profiles.find((p: { profile: string }) => p.profile === 'serious-felony');
    expect(felony.actions).toEqual([
      expect.objectContaining({ action: 'hold', outcome: 'forbidden', rule: 'ca-gov-7284.6-a1b' }),
      expect.objectContaining({ action: 'notify', outcome: 'permitted', rule: 'ca-gov-7284.6-a1c' }),
      expect.objectContaining({ action: 'transfer', outcome: 'permitted', rule: 'ca-gov-7284.6-a4' }),
    ]);
    expect(felony.actions[0].citations[0].title).toBe('Cal. Gov. Code 7284.6(a)(1)(B)');
  });

  it('answers for a past date and for a state, the date named in words', async () => {
    const past = (await get('/api/v1/places/ca/06001/summary?at=2014-06-01')).json();
    expect(past.today).toBe(false);
    expect(past.lead.en).toMatch(/^On 1 June 2014 in Alameda County, California, a jail may not hold people with no/);
    expect(past.lead.es).toMatch(/^El 1 de junio de 2014 en el condado de Alameda \(California\)/);
    const texas = (await get('/api/v1/places/TX/summary?at=2018-01-01')).json();
    expect(texas.place).toMatchObject({ state: 'TX', countyFips: null, name: 'Texas' });
    expect(texas.lead.en).toContain('in Texas, a jail must hold people with no criminal record');
  });

  it('answers 400 naming the field for a bad date or code, 404 for an unknown place or a county of another state', async () => {
    const badDate = await get('/api/v1/places/CA/06001/summary?at=2014-02-30');
    expect(badDate.statusCode).toBe(400);
    expect(badDate.json().error.details.field).toBe('at');
    expect((await get('/api/v1/places/CA/summary?at=June')).json().error.details.field).toBe('at');
    expect((await get('/api/v1/places/CAL/summary')).statusCode).toBe(400);
    const unknown = await get('/api/v1/places/ZZ/summary');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error).toMatchObject({ code: 'PLACE.NOT_FOUND', details: { field: 'state' } });
    const elsewhere = await get('/api/v1/places/TX/06001/summary');
    expect(elsewhere.statusCode).toBe(404);
    expect(elsewhere.json().error.details.field).toBe('countyFips');
  });

  it('is in the OpenAPI document, public, with its schema', async () => {
    const doc = (await get('/api/openapi.json')).json();
    const route = doc.paths['/api/v1/places/{state}/{countyFips}/summary'].get;
    expect(route.tags).toContain('places');
    expect(route.responses['200'].content['application/json'].schema.properties).toHaveProperty('lead');
    expect(doc.paths['/api/v1/places/{state}/summary'].get.security).toEqual([]);
  });
});
