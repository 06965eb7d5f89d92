import { createWriteStream } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Command } from 'commander';
import { NPR_CALIBRATION } from '../../core/research/generator-calibration.data.js';
import { generateNprChunks } from '../../core/research/generator.js';
import { CliError, EXIT } from '../exit-codes.js';
import type { CliContext } from '../context.js';

export function registerGenerate(program: Command, context: CliContext): void {
  program
    .command('generate')
    .description(
      'write synthetic national detainer records in the NPR six-column format, calibrated on the ICE FOIA aggregates (reproducible per seed, streamed)',
    )
    .requiredOption('--records <n>', 'how many records')
    .requiredOption('--seed <seed>', 'any text; the same seed gives the same file')
    .option('--out <file>', 'write to this file (default: standard output)')
    .action(async (options: { records: string; seed: string; out?: string }) => {
      if (!/^\d{1,9}$/.test(options.records)) {
        throw new CliError(EXIT.USAGE, 'records: must be a whole number (at most 999,999,999)');
      }
      if (options.seed === '') throw new CliError(EXIT.USAGE, 'seed: must not be empty');
      const chunks = generateNprChunks(NPR_CALIBRATION, { records: Number(options.records), seed: options.seed });
      // Standard output stays open after the pipeline; a file is closed (and flushed) by it.
      const sink = options.out ? createWriteStream(options.out) : process.stdout;
      await pipeline(Readable.from(chunks), sink, { end: options.out !== undefined });
      // The process exits right after the command: wait until standard output has taken every byte.
      if (!options.out) await new Promise<void>((done) => process.stdout.write('', () => done()));
      if (options.out) context.err(`wrote ${options.records} records to ${options.out}\n`);
    });
}
