import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { TestCase } from 'vitest/node';
import EngineReporter, { erroredFiles, type ReportedModule } from './engine-reporter.js';

/** A test file as the reporter sees it: its errors outside the tests, and its suites' (hooks) errors. */
function fakeModule(relativeModuleId: string, errors: unknown[] = [], suiteErrors: unknown[] = []): ReportedModule {
  const suite = { errors: () => suiteErrors };
  return {
    relativeModuleId,
    errors: () => errors as ReturnType<ReportedModule['errors']>,
    children: { allSuites: () => [suite][Symbol.iterator]() as never },
  };
}

const fakeTest = (fullName: string, state: 'passed' | 'failed' | 'skipped') =>
  ({ fullName, result: () => ({ state }) }) as unknown as TestCase;

/** An import error, as vitest reports a file that failed to load. */
const importError = { name: 'Error', message: "Cannot find module './missing.js'" };

describe('engine reporter', () => {
  let written: string;
  let exitCode: typeof process.exitCode;

  beforeEach(() => {
    written = '';
    exitCode = process.exitCode;
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written += String(chunk);
      return true;
    });
  });
  afterEach(() => {
    vi.restoreAllMocks();
    // The reporter fails the process on purpose here; this run must not inherit that.
    process.exitCode = exitCode;
  });

  it('names the files that failed to load or whose hooks threw, and no others', () => {
    expect(
      erroredFiles([
        fakeModule('test/ok.test.ts'),
        fakeModule('test/broken-import.test.ts', [importError]),
        fakeModule('test/broken-hook.test.ts', [], [{ message: 'beforeAll threw' }]),
      ]),
    ).toEqual(['test/broken-import.test.ts', 'test/broken-hook.test.ts']);
  });

  it('counts a file that did not load as a failure: never "0 failed"', () => {
    const reporter = new EngineReporter();
    reporter.onTestCaseResult(fakeTest('[sqlite] a > works', 'passed'));
    reporter.onTestCaseResult(fakeTest('[postgres] a > works', 'passed'));
    reporter.onTestRunEnd([fakeModule('test/a.test.ts'), fakeModule('test/broken-import.test.ts', [importError])], []);
    expect(written).toContain('Tests: 2 passed, 1 failed, 0 skipped');
    expect(written).toContain('  test/broken-import.test.ts\n');
    expect(process.exitCode).toBe(1);
  });

  it('says "0 failed" when every file loaded and every test passed', () => {
    const reporter = new EngineReporter();
    reporter.onTestCaseResult(fakeTest('[sqlite] a > works', 'passed'));
    reporter.onTestCaseResult(fakeTest('[postgres] a > works', 'passed'));
    reporter.onTestCaseResult(fakeTest('plain > skipped', 'skipped'));
    reporter.onTestRunEnd([fakeModule('test/a.test.ts')], []);
    expect(written).toContain('Tests: 2 passed, 0 failed, 1 skipped');
    expect(written).not.toContain('Failed outside its tests');
    expect(written).toContain('sqlite    ran: 1 passed, 0 failed, 0 skipped');
    expect(process.exitCode).toBe(exitCode);
  });
});
