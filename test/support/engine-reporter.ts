import type { Reporter, TestCase, TestModule } from 'vitest/node';

const ENGINES = ['sqlite', 'postgres'] as const;

/** What the summary needs of a test file: its name and the errors outside its tests. */
export type ReportedModule = Pick<TestModule, 'relativeModuleId' | 'errors'> & {
  readonly children: Pick<TestModule['children'], 'allSuites'>;
};

/**
 * The test files that failed outside any test: a file that did not load (an import or syntax
 * error), or a suite whose hook (beforeAll, afterAll) threw. Their tests may never have run (or
 * were reported skipped), so counting tests alone would say "0 failed".
 */
export function erroredFiles(modules: ReadonlyArray<ReportedModule>): string[] {
  return modules
    .filter(
      (module) => module.errors().length > 0 || [...module.children.allSuites()].some((s) => s.errors().length > 0),
    )
    .map((module) => module.relativeModuleId);
}

/**
 * Prints, after the run, how many tests ran against each database engine, then one plain
 * closing line with the totals. Engine-bound tests
 * carry "[sqlite]" or "[postgres]" in their names (see engines.ts). A file that failed outside its
 * tests (see erroredFiles) counts as one failure in the totals, and is named.
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

  onTestRunEnd(modules: ReadonlyArray<ReportedModule> = [], unhandledErrors: ReadonlyArray<unknown> = []): void {
    const lines = ENGINES.map((engine) => {
      const c = this.counts.get(engine)!;
      const ran = c.passed + c.failed;
      return `  ${engine.padEnd(9)} ${ran > 0 ? 'ran' : 'DID NOT RUN'}: ${c.passed} passed, ${c.failed} failed, ${c.skipped} skipped`;
    });
    const errored = erroredFiles(modules);
    const { passed, skipped } = this.totals;
    const failed = this.totals.failed + errored.length;
    process.stdout.write(`\nDatabase engines:\n${lines.join('\n')}\n`);
    if (errored.length > 0) {
      process.stdout.write(
        `\nFailed outside its tests (did not load, or a hook threw): ${errored.length} file(s), each counted as a failure:\n` +
          errored.map((id) => `  ${id}\n`).join(''),
      );
    }
    // A plain closing line that any CI log reader understands.
    process.stdout.write(`\nTests: ${passed} passed, ${failed} failed, ${skipped} skipped\n`);
    // A run that executed nothing, or broke outside a test (e.g. in global setup), must not pass.
    if (passed + failed === 0 || unhandledErrors.length > 0 || errored.length > 0) {
      process.stdout.write('No test ran to completion, or an error happened outside the tests: failing the run.\n');
      process.exitCode = 1;
    }
  }
}
