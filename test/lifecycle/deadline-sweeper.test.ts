import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDeadlineSweeper } from '../../src/composition/deadline-sweeper.js';
import { prepareDatabase } from '../../src/composition/prepare-database.js';
import { createServices, type Services } from '../../src/composition/services.js';
import { principalOf } from '../../src/core/auth/auth.use-cases.js';
import type { Principal } from '../../src/core/auth/principal.js';
import { sweepHolds } from '../../src/core/lifecycle/lifecycle.use-cases.js';
import type { SweepLeadership } from '../../src/core/lifecycle/sweep-leadership.port.js';
import { createTestDatabase } from '../support/engines.js';
import { HOLD_HOURS, recordRequest, startHold } from '../support/holds.js';

const HOUR = 3_600_000;

/** A leadership the test hands out and takes back. */
class GivenLeadership implements SweepLeadership {
  leads = false;
  released = false;
  async lead(): Promise<boolean> {
    return this.leads;
  }
  leading(): boolean {
    return this.leads;
  }
  async release(): Promise<void> {
    this.released = true;
  }
}

describe('[sqlite] the deadline sweeper of one instance', () => {
  let now = Date.parse('2025-03-03T15:00:00Z');
  let services: Services;
  let dispose: () => Promise<void>;
  let officer: Principal;

  beforeAll(async () => {
    const handle = await createTestDatabase('sqlite');
    dispose = handle.dispose;
    services = createServices(handle, { sessionTtlHours: 1, clock: { now: () => new Date(now) } });
    await prepareDatabase(handle, () => services, { demo: true });
    officer = principalOf((await services.auth.users.findByEmail('records-officer@harris.demo.example'))!, 'cli');
  }, 120_000);
  afterAll(async () => dispose());

  async function holdEndingAt(deadline: number, reference: string): Promise<string> {
    now = deadline - HOLD_HOURS * HOUR - HOUR;
    const request = await recordRequest(services, officer, reference, now);
    now = deadline - HOLD_HOURS * HOUR;
    await startHold(services, officer, request, now);
    return request.id;
  }

  it('sweeps only while it leads, counts its runs and reports how late the oldest hold it found was', async () => {
    const deadline = now + 100 * HOUR;
    const id = await holdEndingAt(deadline, 'SWEEPER-1');
    now = deadline + 90_000;
    const lines: Array<Record<string, unknown>> = [];
    const log = pino({ level: 'info' }, { write: (line: string) => lines.push(JSON.parse(line)) });
    const leadership = new GivenLeadership();
    const sweeper = startDeadlineSweeper(services.lifecycle, leadership, log, 1);
    try {
      // A follower: it asks at each tick and sweeps nothing.
      await new Promise((resolve) => setTimeout(resolve, 1500));
      expect(sweeper.status()).toEqual({ leader: false, runs: 0, lastRunAt: null, lastLagSeconds: null });
      expect((await services.lifecycle.events.load(officer.agencyId, id as never)).at(-1)?.payload.type).toBe(
        'hold-started',
      );

      leadership.leads = true;
      await expect.poll(() => sweeper.status().runs, { timeout: 5000 }).toBeGreaterThanOrEqual(1);
      // Its alarm (and those of the demo's holds, which also ended by now), each logged once.
      const alarms = () => lines.filter((line) => line.alarm === 'hold-past-deadline');
      expect(alarms().filter((line) => line.detainerId === id)).toMatchObject([{ agencyId: officer.agencyId }]);
      const logged = alarms().length;
      expect(lines.find((line) => line.sweeper === 'leader')).toBeDefined();
      await expect.poll(() => sweeper.status().runs, { timeout: 5000 }).toBeGreaterThanOrEqual(2);
      const status = sweeper.status();
      expect(status.leader).toBe(true);
      expect(status.lastRunAt).toEqual(new Date(now));
      // The later runs found no hold past its deadline.
      expect(status.lastLagSeconds).toBe(0);
      expect(alarms()).toHaveLength(logged);
      expect(new Set(alarms().map((line) => line.detainerId)).size).toBe(logged);

      leadership.leads = false;
      expect(sweeper.status().leader).toBe(false);
      await expect.poll(() => lines.some((line) => line.sweeper === 'follower'), { timeout: 5000 }).toBe(true);
    } finally {
      await sweeper.stop();
    }
    expect(leadership.released).toBe(true);
  });

  it('measures the lag from the oldest hold past its deadline, and records nothing once it may not go on', async () => {
    const deadline = now + 100 * HOUR;
    const older = await holdEndingAt(deadline, 'SWEEPER-2');
    const newer = await holdEndingAt(deadline + 60_000, 'SWEEPER-3');
    now = deadline + 150_000;

    const stopped = await sweepHolds(services.lifecycle, 500, () => false);
    expect(stopped.expired).toEqual([]);
    const resumed = await sweepHolds(services.lifecycle);
    expect(resumed.lagSeconds).toBe(150);
    expect(resumed.at).toEqual(new Date(now));
    expect(resumed.expired.map((e) => e.detainerId).sort()).toEqual([older, newer].sort());
  });
});
