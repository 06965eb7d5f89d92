import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareDatabase } from '../../src/composition/prepare-database.js';
import { createServices, type Services } from '../../src/composition/services.js';
import { principalOf } from '../../src/core/auth/auth.use-cases.js';
import type { Principal } from '../../src/core/auth/principal.js';
import type { DetainerCommand } from '../../src/core/lifecycle/detainer-command.js';
import { recordEvent, sweepHolds } from '../../src/core/lifecycle/lifecycle.use-cases.js';
import { NO_RECORD } from '../../src/ingest/demo/demo-stories.js';
import type { AgencyId } from '../../src/core/shared/ids.js';
import { seededRandom } from '../../bench/random.js';
import { createTestDatabase } from '../support/engines.js';
import { receiveI247A } from '../support/holds.js';

const HOUR = 3_600_000;
const START = Date.parse('2019-01-01T06:00:00Z');
const DAYS = 365;
const DETAINERS = 2000;

interface Planned {
  readonly at: number;
  readonly detainer: number;
  readonly command: DetainerCommand;
}

/**
 * A year of simulated time, hour by hour, on a controlled clock: a few thousand detainers with
 * random release, lift and transfer events, the sweeper running every hour. After every tick, no
 * hold is shown as running past its deadline, and the projection never keeps one "holding".
 */
describe('[sqlite] a simulated year of detainers', () => {
  let now = START - 30 * 24 * HOUR;
  const clock = { now: () => new Date(now) };
  let services: Services;
  let dispose: () => Promise<void>;
  const officers: Principal[] = [];

  beforeAll(async () => {
    const handle = await createTestDatabase('sqlite');
    dispose = handle.dispose;
    services = createServices(handle, { sessionTtlHours: 1, clock });
    await prepareDatabase(handle, () => services, { demo: true });
    for (const email of [
      'records-officer@harris.demo.example',
      'records-officer@alameda.demo.example',
      'records-officer@cook.demo.example',
    ]) {
      officers.push(principalOf((await services.auth.users.findByEmail(email))!, 'cli'));
    }
  }, 120_000);
  afterAll(async () => dispose());

  it('never shows a hold running past its deadline', async () => {
    const random = seededRandom(365);
    const ids: string[] = [];
    const versions: number[] = [];
    const owners: Principal[] = [];
    const plan: Planned[] = [];
    let holdsSeen = 0;
    let expiredBySweeper = 0;

    // Arrivals spread over the year; each detainer gets a story in hours after its receipt.
    const arrivals = Array.from({ length: DETAINERS }, () => START + Math.floor(random() * DAYS * 24) * HOUR).sort(
      (a, b) => a - b,
    );
    let next = 0;
    for (let tick = START; tick < START + DAYS * 24 * HOUR; tick += HOUR) {
      now = tick;
      while (next < arrivals.length && arrivals[next]! <= tick) {
        const officer = officers[Math.floor(random() * officers.length)]!;
        const id = await receiveI247A(services, officer, `SIM-${next}`, tick - HOUR);
        const n = ids.length;
        ids.push(id);
        versions.push(2);
        owners.push(officer);
        const eligibleIn = 1 + Math.floor(random() * 120);
        plan.push({ at: tick + HOUR, detainer: n, command: { type: 'facts-updated', facts: NO_RECORD } });
        if (random() < 0.1) {
          plan.push({
            at: tick + (eligibleIn - 0.5) * HOUR,
            detainer: n,
            command: { type: 'lifted', reason: 'withdrawn (simulation)' },
          });
        }
        plan.push({
          at: tick + eligibleIn * HOUR,
          detainer: n,
          command: {
            type: 'release-eligible',
            at: new Date(tick + eligibleIn * HOUR).toISOString(),
            reason: 'bond-posted',
          },
        });
        const outcome = random();
        const after = tick + eligibleIn * HOUR + Math.floor(random() * 72) * HOUR;
        plan.push({
          at: after,
          detainer: n,
          command:
            outcome < 0.5
              ? { type: 'transferred' }
              : outcome < 0.9
                ? { type: 'released' }
                : { type: 'lifted', reason: 'withdrawn (simulation)' },
        });
        next++;
      }
      plan.sort((a, b) => a.at - b.at);
      while (plan.length > 0 && plan[0]!.at <= tick) {
        const step = plan.shift()!;
        const result = await recordEvent(
          services.lifecycle,
          owners[step.detainer]!,
          ids[step.detainer]!,
          versions[step.detainer]!,
          step.command,
        );
        // Commands the state machine refuses (e.g. a transfer after release) are part of the simulation.
        if (result.ok) versions[step.detainer] = result.value.version;
        else if (result.error.code !== 'DETAINER.ILLEGAL_TRANSITION')
          throw new Error(`${step.command.type}: ${result.error.message}`);
      }

      const { expired } = await sweepHolds(services.lifecycle);
      expiredBySweeper += expired.length;
      for (const e of expired) versions[ids.indexOf(e.detainerId)]! += 1;

      for (const officer of officers) {
        const holding = await services.detainers.detainers.list({
          agencyId: officer.agencyId as AgencyId,
          status: 'holding',
          now: new Date(now),
          limit: 200,
          offset: 0,
        });
        holdsSeen += holding.items.length;
        for (const item of holding.items) {
          expect(item.holdDeadline!.getTime(), `detainer ${item.id} at ${new Date(now).toISOString()}`).toBeGreaterThan(
            now,
          );
        }
      }
      const stale = await services.lifecycle.events.holdsPastDeadline(new Date(now), 10);
      expect(stale).toEqual([]);
    }
    // The simulation must actually exercise holds and the sweeper.
    expect(holdsSeen).toBeGreaterThan(100);
    expect(expiredBySweeper).toBeGreaterThan(10);
  }, 600_000);
});
