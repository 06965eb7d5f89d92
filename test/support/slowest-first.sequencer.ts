import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The files that take longest, started first, slowest first: one of them started last would run on
 * alone while the other worker sits idle. Vitest orders by the durations of the last run on this
 * machine, or without them (a fresh clone, as in CI) by file size, which puts the year simulation
 * near the end. A file not listed keeps vitest's order, after these. Measured 2026-12-05.
 */
const SLOWEST = [
  'test/lifecycle/year-simulation.test.ts',
  'test/research/import-worker.test.ts',
  'test/api/heavy-work.api.test.ts',
  'test/api/intake-import.api.test.ts',
  'test/db/event-store.test.ts',
];

export default class SlowestFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (spec: TestSpecification) => {
      const index = SLOWEST.findIndex((file) => spec.moduleId.endsWith(`/${file}`));
      return index === -1 ? SLOWEST.length : index;
    };
    return (await super.sort(files)).sort((a, b) => rank(a) - rank(b));
  }
}
