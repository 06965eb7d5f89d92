import { defineConfig } from 'vitest/config';

export default defineConfig({
  // JSX of the component tests, as the web app compiles it (React 17+ automatic runtime).
  esbuild: { jsx: 'automatic' },
  test: {
    // Component tests (*.test.tsx) render React into happy-dom (registered by each test).
    include: [
      'src/**/*.test.ts',
      'test/**/*.test.ts',
      'test/**/*.test.tsx',
      'web/src/**/*.test.ts',
      'web/src/**/*.test.tsx',
    ],
    globalSetup: ['test/support/postgres.global-setup.ts', 'test/support/compiled-source.global-setup.ts'],
    reporters: ['default', './test/support/engine-reporter.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
