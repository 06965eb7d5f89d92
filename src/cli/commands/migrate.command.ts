import type { Command } from 'commander';
import { printJson, type CliContext } from '../context.js';

export function registerMigrate(program: Command, context: CliContext): void {
  program
    .command('migrate')
    .description('apply pending database migrations and seed reference places (idempotent)')
    .option('--json', 'print the result as JSON')
    .action(async (options: { json?: boolean }) => {
      const prepared = await context.prepare({ demo: false });
      if (options.json) {
        printJson(context, {
          engine: prepared.engine,
          applied: prepared.migrationsApplied,
          placesVersion: prepared.placesVersion,
        });
        return;
      }
      const applied = prepared.migrationsApplied;
      context.out(
        applied.length === 0
          ? `${prepared.engine}: database is up to date.\n`
          : `${prepared.engine}: applied ${applied.join(', ')}.\n`,
      );
    });
}
