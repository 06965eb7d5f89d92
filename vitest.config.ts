import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import SlowestFirstSequencer from './test/support/slowest-first.sequencer.js';

export default defineConfig({
  // JSX of the component tests, as the web app compiles it (React 17+ automatic runtime). Vite 8 transforms
  // with Oxc, not esbuild (vitest 4 sets `oxc` itself, so an `esbuild` option here is ignored with a warning).
  oxc: { jsx: { runtime: 'automatic' } },
  test: {
    // Component tests (*.test.tsx) render React into happy-dom (registered by each test).
    include: [
      'src/**/*.test.ts',
      'test/**/*.test.ts',
      'test/**/*.test.tsx',
      'web/src/**/*.test.ts',
      'web/src/**/*.test.tsx',
    ],
    globalSetup: [
      'test/support/postgres.global-setup.ts',
      'test/support/compiled-source.global-setup.ts',
      'test/support/web-build.global-setup.ts',
    ],
    // The web app's words load per page (web/src/shared/i18n.ts); tests have them all.
    setupFiles: ['web/src/messageAreas.setup.ts'],
    reporters: ['default', './test/support/engine-reporter.ts'],
    // Two files run at once beside the static checks on a shared 2-core machine: a test that reads or
    // writes 150,000 rows may take longer than 30 s there (no test measures time; bench/ does).
    testTimeout: 60_000,
    // expect.poll's own default (1 s) is shorter than a page reload and its first fetch take on a loaded
    // 2-core CI machine (an inbox reload missed it there once); a poll that passes returns at once.
    expect: { poll: { timeout: 15_000 } },
    hookTimeout: 120_000,
    pool: 'forks',
    // One test file per core (vitest's default leaves one core idle: on 2 cores, one file at a time,
    // while most files wait on PostgreSQL, Chromium or a child process).
    maxWorkers: availableParallelism(),
    // Files that run in the same worker share the loaded modules (each file loading the server, the
    // law and the database code again cost seconds). No test mocks modules or leaves globals changed.
    isolate: false,
    sequence: { sequencer: SlowestFirstSequencer },
  },
});
