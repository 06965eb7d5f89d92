import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { inject } from 'vitest';
import { runCli } from '../../src/cli/program.js';
import { createCliContext } from '../../src/composition/cli-context.js';
import { packageVersion } from '../../src/composition/package-version.js';

export interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** The arguments that start an entry point (e.g. `cli/main`) of the source compiled for this run. */
export function compiledEntry(entry: string): string {
  return join(inject('compiledSourceRoot'), `${entry}.js`);
}

/**
 * Runs a CLI command in this process, as src/cli/main.ts does (the same context over the given
 * environment, standard input as a string, the output collected): the same code from argument
 * parsing to exit code, without starting Node again. What only a process has (flushing a pipe,
 * signals, `serve`, `generate` to standard output) is tested with runCliProcess.
 */
export async function runCliInProcess(
  args: readonly string[],
  env: Record<string, string> = {},
  stdin = '',
): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const context = createCliContext({
    env: { ...process.env, LOG_LEVEL: 'silent', ...env },
    readStdin: async () => stdin,
    out: (text) => (stdout += text),
    err: (text) => (stderr += text),
  });
  const code = await runCli(args, context, packageVersion());
  return { code, stdout, stderr };
}

/** Runs the real CLI in a child process, as an operator would. */
export function runCliProcess(args: readonly string[], env: Record<string, string> = {}, stdin = ''): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [compiledEntry('cli/main'), ...args], {
      env: { ...process.env, LOG_LEVEL: 'silent', ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('error', reject);
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin);
  });
}
