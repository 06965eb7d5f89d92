import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the web app is built once for the run, by the first browser test file that needs it. */
    webBuildRoot: string;
  }
}

/**
 * The browser test files share one build of the web app (a Vite build is the slowest part of their
 * set-up): the folder is named here, built on first use (test/browser/support/browser.ts), removed
 * at the end. Nothing is built in a run without browser tests.
 */
export default function setup(project: TestProject): () => void {
  const root = join(tmpdir(), `dd-web-${process.pid}-${Date.now()}`);
  project.provide('webBuildRoot', root);
  return () => rmSync(root, { recursive: true, force: true });
}
