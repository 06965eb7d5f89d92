import type { AgencyRepository } from '../../core/agency/agency-repository.port.js';
import { addUser, principalOf, type AuthDeps } from '../../core/auth/auth.use-cases.js';
import { installKnownSecondFactor, requiresSecondFactor } from '../../core/auth/second-factor.use-cases.js';
import { recordEvent, type LifecycleDeps } from '../../core/lifecycle/lifecycle.use-cases.js';
import { receiveDetainer, type DetainerDeps } from '../../core/request/detainer.use-cases.js';
import { demoStory } from './demo-stories.js';
import {
  DEMO_AGENCIES,
  DEMO_PASSWORD,
  DEMO_ROLES,
  DEMO_TOTP_SECRET,
  demoEmail,
  demoRequests,
} from './demo-agencies.js';

export interface DemoSeedDeps {
  readonly agencies: AgencyRepository;
  readonly auth: AuthDeps;
  readonly detainers: DetainerDeps;
  readonly lifecycle: LifecycleDeps;
}

export interface DemoSeedSummary {
  readonly agenciesAdded: number;
  readonly usersAdded: number;
  readonly requestsAdded: number;
  readonly signIns: ReadonlyArray<{ agency: string; role: string; email: string }>;
  readonly password: string;
  /** DEMO ONLY: the TOTP secret of the demo users whose role requires a second factor. */
  readonly totpSecret: string;
  readonly totpRoles: readonly string[];
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
      let userId = (await deps.auth.users.findByEmail(email))?.id;
      if (!userId) {
        const added = await addUser(deps.auth, undefined, {
          agencyId: demo.agency.id,
          email,
          displayName: `Demo ${role} (${demo.agency.stateCode})`,
          role,
          password: DEMO_PASSWORD,
        });
        if (!added.ok) throw new Error(`Demo user not added: ${added.error.message}`);
        usersAdded++;
        userId = added.value.id;
      }
      if (requiresSecondFactor(role)) {
        const installed = await installKnownSecondFactor(deps.auth, userId, DEMO_TOTP_SECRET);
        if (!installed.ok) throw new Error(`Demo second factor not added: ${installed.error.message}`);
      }
    }

    const officer = await deps.auth.users.findByEmail(demoEmail('records-officer', demo));
    if (!officer) throw new Error('Demo records officer is missing');
    const supervisor = await deps.auth.users.findByEmail(demoEmail('supervisor', demo));
    for (const [i, request] of demoRequests(demo, index + 1, now).entries()) {
      const received = await receiveDetainer(deps.detainers, principalOf(officer, 'cli'), request);
      if (!received.ok) {
        if (received.error.code === 'DETAINER.DUPLICATE_REFERENCE') continue;
        throw new Error(`Demo request not added: ${received.error.message}`);
      }
      requestsAdded++;
      let version = 2; // received + evaluated
      for (const command of demoStory(index + 1, i, now)) {
        const actor = command.type === 'decision-overridden' && supervisor ? supervisor : officer;
        const recorded = await recordEvent(
          deps.lifecycle,
          principalOf(actor, 'cli'),
          received.value.id,
          version,
          command,
        );
        if (!recorded.ok) throw new Error(`Demo story step ${command.type} failed: ${recorded.error.message}`);
        version = recorded.value.version;
      }
    }
  }
  return {
    agenciesAdded,
    usersAdded,
    requestsAdded,
    signIns,
    password: DEMO_PASSWORD,
    totpSecret: DEMO_TOTP_SECRET,
    totpRoles: DEMO_ROLES.filter(requiresSecondFactor),
  };
}
