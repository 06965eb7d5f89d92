import { describe, expect, it } from 'vitest';
import type { ROUTES } from './routes';
import { href, matchRoute } from './routes';

describe('the route table', () => {
  it('builds each address from typed parameters, encoded, with an optional query', () => {
    expect(href('home')).toBe('/');
    expect(href('county', { code: 'CA', fips: '06001' })).toBe('/places/CA/06001');
    expect(href('rule', { id: 'a/b c' })).toBe('/policies/a%2Fb%20c');
    expect(href('state', { code: 'CA' }, { at: '2016-01-01', empty: '', none: null })).toBe('/places/CA?at=2016-01-01');
    expect(href('desk', {}, { offset: 50 })).toBe('/desk?offset=50');
  });

  it('matches every route by its own address, and nothing else', () => {
    const samples = {
      home: href('home'),
      signIn: href('signIn'),
      state: href('state', { code: 'TX' }),
      county: href('county', { code: 'TX', fips: '48201' }),
      rule: href('rule', { id: 'tx-sb4' }),
      desk: href('desk'),
      detainer: href('detainer', { id: 'd-1' }),
      intake: href('intake'),
      import: href('import'),
      audit: href('audit'),
      admin: href('admin'),
      map: href('map'),
      compare: href('compare'),
      aboutData: href('aboutData'),
      data: href('data'),
    } satisfies Record<keyof typeof ROUTES, string>;
    for (const [name, path] of Object.entries(samples)) {
      expect(matchRoute(path)?.name, path).toBe(name);
    }
    expect(matchRoute('/desk/detainers/a%20b')).toEqual({ name: 'detainer', params: { id: 'a b' } });
    expect(matchRoute('/places/CA/06001/')?.name).toBe('county');
    expect(matchRoute('/nowhere')).toBeNull();
    expect(matchRoute('/desk/detainers')).toBeNull();
    expect(matchRoute('/places/%E0%A4%A')).toBeNull(); // malformed escape
  });

  it('prefers a fixed segment over a parameter', () => {
    expect(matchRoute('/desk/new')?.name).toBe('intake');
  });
});
