import type { Reporter, TestCase } from 'vitest/node';

const ENGINES = ['sqlite', 'postgres'] as const;

/**
 * Prints, after the run, how many tests ran against each database engine, then one plain
 * closing line with the totals. Engine-bound tests
 * carry "[sqlite]" or "[postgres]" in their names (see engines.ts).
 */
export default class EngineReporter implements Reporter {
  private readonly counts = new Map<string, { passed: number; failed: number; skipped: number }>(
    ENGINES.map((e) => [e, { passed: 0, failed: 0, skipped: 0 }]),
  );

  private readonly totals = { passed: 0, failed: 0, skipped: 0 };

  onTestCaseResult(testCase: TestCase): void {
    const outcome = testCase.result().state;
    if (outcome === 'passed') this.totals.passed++;
    else if (outcome === 'failed') this.totals.failed++;
    else this.totals.skipped++;
    const engine = ENGINES.find((e) => testCase.fullName.includes(`[${e}]`));
    if (!engine) return;
    const state = testCase.result().state;
    const count = this.counts.get(engine)!;
    if (state === 'passed') count.passed++;
    else if (state === 'failed') count.failed++;
    else count.skipped++;
  }

  onTestRunEnd(_modules: unknown, unhandledErrors: ReadonlyArray<unknown> = []): void {
    const lines = ENGINES.map((engine) => {
      const c = this.counts.get(engine)!;
      const ran = c.passed + c.failed;
      return `  ${engine.padEnd(9)} ${ran > 0 ? 'ran' : 'DID NOT RUN'}: ${c.passed} passed, ${c.failed} failed, ${c.skipped} skipped`;
    });
    const { passed, failed, skipped } = this.totals;
    process.stdout.write(`\nDatabase engines:\n${lines.join('\n')}\n`);
    // A plain closing line that any CI log reader understands.
    process.stdout.write(`\nTests: ${passed} passed, ${failed} failed, ${skipped} skipped\n`);
    // A run that executed nothing, or broke outside a test (e.g. in global setup), must not pass.
    if (passed + failed === 0 || unhandledErrors.length > 0) {
      process.stdout.write('No test ran to completion, or an error happened outside the tests: failing the run.\n');
      process.exitCode = 1;
    }
  }
}
