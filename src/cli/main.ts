#!/usr/bin/env node
import { createCliContext } from '../composition/cli-context.js';
import { packageVersion } from '../composition/package-version.js';
import { EXIT } from './exit-codes.js';
import { runCli } from './program.js';

/**
 * Standard output as the commands write it. Writes are queued by Node when the reader is slower
 * than the command (a pipe into `head`, `jq`, `less`); the process must not end before they are
 * written. A write that fails (EPIPE: the reader went away; EIO, ENOSPC...) is remembered: the
 * command then exits 1, never 0, since its output did not arrive whole. This includes a reader
 * that closes early on purpose (`| head -c 100`): the CLI cannot tell it from a reader that
 * crashed, and shells with `set -o pipefail` should learn that the output was cut short.
 */
const stdout = (() => {
  let failure: NodeJS.ErrnoException | undefined;
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    failure ??= error;
  });
  return {
    write(text: string): void {
      if (failure === undefined && !process.stdout.destroyed) process.stdout.write(text);
    },
    /** Resolves once everything written so far has reached the reader (or failed to). */
    flushed(): Promise<NodeJS.ErrnoException | undefined> {
      if (failure !== undefined || process.stdout.destroyed) return Promise.resolve(failure);
      return new Promise((resolve) => {
        process.stdout.write('', (error) => resolve(failure ?? (error as NodeJS.ErrnoException | null) ?? undefined));
      });
    },
  };
})();

/** Composition root of the CLI: the commands over this process's environment and standard streams. */
const context = createCliContext({
  env: process.env,
  async readStdin() {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  },
  out: (text) => stdout.write(text),
  err: (text) => {
    if (!process.stderr.destroyed) process.stderr.write(text);
  },
});
const code = await runCli(process.argv.slice(2), context, packageVersion());
// `serve` keeps the process alive until a signal; every other command ends here, once its output is written.
if (process.argv[2] !== 'serve' || code !== 0) {
  const failed = await stdout.flushed();
  if (failed !== undefined && !process.stderr.destroyed) {
    process.stderr.write(`error: standard output could not be written (${failed.code ?? failed.message})\n`);
  }
  process.exitCode = failed !== undefined && code === EXIT.OK ? EXIT.FAILURE : code;
  // Wait for standard error as well, then end: a database pool or worker left open must not keep a
  // finished command alive, and nothing written is lost, as both streams are flushed by now.
  if (process.stderr.destroyed) process.exit();
  else process.stderr.write('', () => process.exit());
}
