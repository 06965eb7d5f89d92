import type { Agency, Facility } from '../../core/agency/agency.js';
import type { Role } from '../../core/auth/roles.js';
import type { AgencyId, FacilityId } from '../../core/shared/ids.js';
import type { NewDetainerInput } from '../../core/request/new-detainer.js';

/**
 * The labelled synthetic demo: agencies in real places, but every name says "Demo" and every
 * person is invented. Fixed ids and references make seeding idempotent.
 */
export const DEMO_PASSWORD = 'demo-password-2026';
/**
 * DEMO ONLY: the TOTP second-factor secret (base32, 160 bits) of every demo admin and supervisor,
 * printed in the start banner so that anyone can sign in as those roles. Never use it for a real user.
 */
export const DEMO_TOTP_SECRET = 'DEMODEMODEMODEMOSYNTHETICTOTPKEY';

export interface DemoAgency {
  readonly agency: Agency;
  readonly facility: Facility;
  readonly emailDomain: string;
}

function demoAgency(
  n: number,
  fields: Omit<Agency, 'id' | 'synthetic' | 'ori'>,
  facilityName: string,
  emailDomain: string,
): DemoAgency {
  const id = `00000000-0000-4000-8000-${String(n).padStart(12, '0')}` as AgencyId;
  const facilityId = `00000000-0000-4000-9000-${String(n).padStart(12, '0')}` as FacilityId;
  return {
    agency: { ...fields, id, ori: null, synthetic: true },
    facility: { id: facilityId, agencyId: id, name: facilityName },
    emailDomain,
  };
}

export const DEMO_AGENCIES: readonly DemoAgency[] = [
  demoAgency(
    1,
    {
      name: "Demo Alameda County Sheriff's Office (synthetic)",
      kind: 'county-jail',
      stateCode: 'CA',
      countyFips: '06001',
      timeZone: 'America/Los_Angeles',
      discretion: 'comply',
    },
    'Demo Santa Rita Jail',
    'alameda.demo.example',
  ),
  demoAgency(
    2,
    {
      name: "Demo Harris County Sheriff's Office (synthetic)",
      kind: 'county-jail',
      stateCode: 'TX',
      countyFips: '48201',
      timeZone: 'America/Chicago',
      discretion: 'comply',
    },
    'Demo Harris County Joint Processing Center',
    'harris.demo.example',
  ),
  demoAgency(
    3,
    {
      name: 'Demo Cook County Department of Corrections (synthetic)',
      kind: 'county-jail',
      stateCode: 'IL',
      countyFips: '17031',
      timeZone: 'America/Chicago',
      discretion: 'comply',
    },
    'Demo Cook County Jail',
    'cook.demo.example',
  ),
];

export const DEMO_ROLES: readonly Role[] = ['admin', 'records-officer', 'supervisor', 'auditor', 'federal-liaison'];

export function demoEmail(role: Role, agency: DemoAgency): string {
  return `${role}@${agency.emailDomain}`;
}

/** A handful of requests per agency, across forms, warrants and bases, received in the last days. */
export function demoRequests(agency: DemoAgency, agencyIndex: number, now: Date): NewDetainerInput[] {
  const shapes: Array<Pick<NewDetainerInput, 'form' | 'formEdition' | 'warrant' | 'probableCause'>> = [
    { form: 'I-247A', formEdition: '2017-02', warrant: 'administrative', probableCause: ['biometric-database'] },
    { form: 'I-247A', formEdition: '2017-02', warrant: 'administrative', probableCause: ['final-order'] },
    { form: 'I-247A', formEdition: '2017-02', warrant: 'judicial', probableCause: ['pending-proceedings'] },
    { form: 'I-247A', formEdition: '2017-02', warrant: 'none', probableCause: ['statements'] },
  ];
  return shapes.map((shape, i) => {
    const n = agencyIndex * 100 + i + 1;
    const hoursAgo = 6 + i * 17;
    const receivedAt = new Date(now.getTime() - hoursAgo * 3_600_000);
    return {
      ...shape,
      issuedAt: new Date(receivedAt.getTime() - 45 * 60_000).toISOString(),
      receivedAt: receivedAt.toISOString(),
      issuingOffice: 'Demo ERO Field Office (synthetic)',
      federalReference: `DEMO-${String(n).padStart(6, '0')}`,
      facilityId: agency.facility.id,
      subject: {
        reference: `DEMO-BK-${String(n).padStart(5, '0')}`,
        fullName: `Demo Person ${String(n).padStart(4, '0')}`,
        birthDate: `19${80 + (n % 19)}-0${1 + (n % 9)}-1${n % 10}`,
        aNumber: `A0000${String(n).padStart(5, '0')}`,
      },
    };
  });
}
