import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The source transpiled to JavaScript once for the run: child processes start without tsx. */
    compiledSourceRoot: string;
  }
}

/**
 * Tests that run the CLI or the server as a child process (as an operator would) start it from
 * this copy: transpiling every file in each child (tsx) cost about a second per process, hundreds of
 * times. The folder sits beside `src/` so that paths relative to the modules (policies/, package.json)
 * resolve the same; one per run, so that two runs do not write over each other.
 */
export default async function setup(project: TestProject): Promise<() => void> {
  const root = process.cwd();
  const outdir = join(root, `.test-build-${process.pid}`);
  const entryPoints = readdirSync(join(root, 'src'), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
    .map((file) => join('src', file));
  await build({
    entryPoints,
    outdir,
    outbase: 'src',
    format: 'esm',
    platform: 'node',
    target: 'node20',
    sourcemap: 'inline',
    logLevel: 'warning',
  });
  project.provide('compiledSourceRoot', outdir);
  return () => rmSync(outdir, { recursive: true, force: true });
}
