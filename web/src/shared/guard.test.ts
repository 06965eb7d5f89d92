import { describe, expect, it } from 'vitest';
import { guardRoute, safeNext } from './guard';
import { ROUTES } from './routes';
import type { Session } from './session';
import type { MeDto, Role } from './types';

const me = (role: Role, secondFactor = { enabled: false, required: false }): MeDto => ({
  user: { id: '00000000-0000-4000-8000-000000000001', email: 'x@example.test', displayName: 'X', role },
  agency: {
    id: '00000000-0000-4000-8000-000000000002',
    name: 'Agency',
    kind: 'county-jail',
    stateCode: 'CA',
    countyFips: '06001',
    timeZone: 'America/Los_Angeles',
    synthetic: true,
  },
  secondFactor,
});
const signedIn = (role: Role, secondFactor?: MeDto['secondFactor']): Session => ({
  status: 'signed-in',
  me: me(role, secondFactor),
});

describe('guardRoute', () => {
  it('shows public routes to everyone, even while the session loads', () => {
    for (const session of [{ status: 'loading' }, { status: 'anonymous' }, signedIn('auditor')] as Session[]) {
      expect(guardRoute(ROUTES.home.access, session, '/')).toEqual({ kind: 'show' });
    }
  });

  it('waits for the session on a desk route, then sends a signed-out reader to sign in with next=', () => {
    expect(guardRoute(ROUTES.desk.access, { status: 'loading' }, '/desk')).toEqual({ kind: 'wait' });
    expect(guardRoute(ROUTES.desk.access, { status: 'anonymous' }, '/desk?offset=50')).toEqual({
      kind: 'sign-in',
      to: '/sign-in?next=%2Fdesk%3Foffset%3D50',
    });
  });

  it('sends an admin or supervisor without a second factor to sign-in (enrolment) first', () => {
    const outcome = guardRoute(ROUTES.desk.access, signedIn('supervisor', { enabled: false, required: true }), '/desk');
    expect(outcome.kind).toBe('sign-in');
  });

  it('answers forbidden with the roles that may open the route', () => {
    expect(guardRoute(ROUTES.admin.access, signedIn('auditor'), '/desk/admin')).toEqual({
      kind: 'forbidden',
      role: 'auditor',
      allowed: ['admin'],
    });
    expect(guardRoute(ROUTES.intake.access, signedIn('auditor'), '/desk/new').kind).toBe('forbidden');
    expect(guardRoute(ROUTES.intake.access, signedIn('federal-liaison'), '/desk/new')).toEqual({ kind: 'show' });
    expect(
      guardRoute(ROUTES.admin.access, signedIn('admin', { enabled: true, required: true }), '/desk/admin'),
    ).toEqual({ kind: 'show' });
  });
});

describe('safeNext', () => {
  it('keeps paths of this site, with their query and fragment', () => {
    expect(safeNext('/desk')).toBe('/desk');
    expect(safeNext('/desk?state=holding&offset=50#top')).toBe('/desk?state=holding&offset=50#top');
    expect(safeNext('/desk/detainers/abc')).toBe('/desk/detainers/abc');
  });

  it('refuses other origins, schemes, control characters and the sign-in page itself', () => {
    for (const next of [
      null,
      undefined,
      '',
      'desk',
      'https://evil.example/desk',
      '//evil.example/desk',
      '/\\evil.example',
      'javascript:alert(1)',
      '/desk\n',
      '/sign-in',
      '/sign-in?next=/desk',
    ]) {
      expect(safeNext(next), String(next)).toBeNull();
    }
  });
});
