/** Child processes for the benchmarks: run to the end and timed, optionally under /usr/bin/time -v for peak RSS. */
import { spawn } from 'node:child_process';
import { elapsedMs } from './timing.js';

const TIME = '/usr/bin/time';

export interface Run {
  readonly ms: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs a command to the end, timing it by wall clock; throws on a non-zero exit. */
export function run(command: string, args: readonly string[], env: NodeJS.ProcessEnv, input?: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn(command, args, { env, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = elapsedMs(start);
      if (code === 0) resolve({ ms, stdout, stderr });
      else reject(new Error(`${command} ${args.join(' ')} exited ${code}: ${stderr.slice(-500)}`));
    });
    child.stdin.end(input ?? '');
  });
}

/** Runs a command under /usr/bin/time -v: its output, wall time and peak RSS (MB); throws on a non-zero exit. */
export async function runWithPeakRss(
  args: readonly string[],
  env: NodeJS.ProcessEnv,
): Promise<Run & { readonly peakMb: number }> {
  const result = await run(TIME, ['-v', ...args], env);
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(result.stderr);
  if (!rss) throw new Error('no peak RSS in the /usr/bin/time -v output');
  return { ...result, peakMb: Number(rss[1]) / 1024 };
}
