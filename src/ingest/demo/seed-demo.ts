import type { AgencyRepository } from '../../core/agency/agency-repository.port.js';
import { addUser, principalOf, type AuthDeps } from '../../core/auth/auth.use-cases.js';
import { receiveDetainer, type DetainerDeps } from '../../core/request/detainer.use-cases.js';
import { DEMO_AGENCIES, DEMO_PASSWORD, DEMO_ROLES, demoEmail, demoRequests } from './demo-agencies.js';

export interface DemoSeedDeps {
  readonly agencies: AgencyRepository;
  readonly auth: AuthDeps;
  readonly detainers: DetainerDeps;
}

export interface DemoSeedSummary {
  readonly agenciesAdded: number;
  readonly usersAdded: number;
  readonly requestsAdded: number;
  readonly signIns: ReadonlyArray<{ agency: string; role: string; email: string }>;
  readonly password: string;
}

/** Seeds the synthetic demo. Running it again adds nothing that is already there. */
export async function seedDemo(deps: DemoSeedDeps): Promise<DemoSeedSummary> {
  const now = deps.auth.clock.now();
  let agenciesAdded = 0;
  let usersAdded = 0;
  let requestsAdded = 0;
  const signIns: Array<{ agency: string; role: string; email: string }> = [];

  for (const [index, demo] of DEMO_AGENCIES.entries()) {
    if ((await deps.agencies.insertIfAbsent(demo.agency, now)) === 'inserted') agenciesAdded++;
    await deps.agencies.insertFacilityIfAbsent(demo.facility, now);

    for (const role of DEMO_ROLES) {
      const email = demoEmail(role, demo);
      signIns.push({ agency: demo.agency.name, role, email });
      if (await deps.auth.users.findByEmail(email)) continue;
      const added = await addUser(deps.auth, undefined, {
        agencyId: demo.agency.id,
        email,
        displayName: `Demo ${role} (${demo.agency.stateCode})`,
        role,
        password: DEMO_PASSWORD,
      });
      if (added.ok) usersAdded++;
      else throw new Error(`Demo user not added: ${added.error.message}`);
    }

    const officer = await deps.auth.users.findByEmail(demoEmail('records-officer', demo));
    if (!officer) throw new Error('Demo records officer is missing');
    for (const request of demoRequests(demo, index + 1, now)) {
      const received = await receiveDetainer(deps.detainers, principalOf(officer, 'cli'), request);
      if (received.ok) requestsAdded++;
      else if (received.error.code !== 'DETAINER.DUPLICATE_REFERENCE') {
        throw new Error(`Demo request not added: ${received.error.message}`);
      }
    }
  }
  return { agenciesAdded, usersAdded, requestsAdded, signIns, password: DEMO_PASSWORD };
}
