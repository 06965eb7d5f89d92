import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { compiledEntry, runCliInProcess } from '../support/cli.js';
import { alameda2018 } from '../support/evaluation-samples.js';

/**
 * Finding 9 (nothing lost on the command line): a large answer read through a pipe arrives whole
 * and the command exits 0; when the reader goes away, the command does not claim success.
 */
const cases = JSON.stringify(Array.from({ length: 100 }, () => alameda2018));

function evaluateInto(reader: 'slow' | 'closed'): Promise<{ code: number | null; bytes: number; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [compiledEntry('cli/main'), 'evaluate', '-'], {
      env: { ...process.env, LOG_LEVEL: 'silent' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let bytes = 0;
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    if (reader === 'closed') {
      child.stdout.destroy();
    } else {
      // A slow reader: after each chunk, the pipe is left full for a while before reading on.
      child.stdout.on('data', (chunk: Buffer) => {
        bytes += chunk.length;
        child.stdout.pause();
        setTimeout(() => child.stdout.resume(), 20);
      });
    }
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, bytes, stderr }));
    child.stdin.end(cases);
  });
}

describe('finding 9: CLI output through pipes', () => {
  it('delivers every byte of a large answer to a slow reader, and exits 0', async () => {
    // The same answer written to a sink without back-pressure (the CLI run in this process), for its length.
    const whole = await runCliInProcess(['evaluate', '-'], {}, cases);
    expect(whole.code).toBe(0);
    const expected = Buffer.byteLength(whole.stdout);
    expect(expected).toBeGreaterThan(300_000);
    const run = await evaluateInto('slow');
    expect(run.stderr).toBe('');
    expect(run.bytes).toBe(expected);
    expect(run.code).toBe(0);
  });

  it('exits non-zero when standard output is closed before the answer is written', async () => {
    const run = await evaluateInto('closed');
    expect(run.code).not.toBe(0);
    expect(run.code).not.toBeNull();
    expect(run.stderr).toContain('standard output');
  });
});
