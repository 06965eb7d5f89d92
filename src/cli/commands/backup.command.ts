import type { Command } from 'commander';
import { type CliContext, printJson } from '../context.js';

export function registerBackup(program: Command, context: CliContext): void {
  program
    .command('backup')
    .description(
      'a consistent backup of the configured database while the server runs: SQLite through its online backup API ' +
        "(the copy's audit chains verified), PostgreSQL through pg_dump --format=custom (a pg_dump of the " +
        "server's major version or newer)",
    )
    .requiredOption('--out <file>', 'the backup file to write (never overwritten; owner-only)')
    .option('--json', 'print JSON')
    .action(async (options: { out: string; json?: boolean }) => {
      const report = await context.backup(options.out);
      if (options.json) return printJson(context, report);
      const checked = report.events === null ? '' : `; audit chains verified in the copy (${report.events} events)`;
      context.out(`${report.engine} backup written to ${report.file} (${report.bytes} bytes)${checked}\n`);
    });
  program
    .command('restore')
    .description(
      'restore a backup into the configured database: refused unless every audit chain of the backup verifies ' +
        '(checked in a scratch copy first, so a refused restore changes nothing); stop the server first',
    )
    .argument('<file>', 'a backup written by detainer-desk backup')
    .option('--replace', 'overwrite a configured database that already holds data')
    .option('--json', 'print JSON')
    .action(async (file: string, options: { replace?: boolean; json?: boolean }) => {
      const report = await context.restore(file, { replace: options.replace === true });
      if (options.json) return printJson(context, report);
      context.out(
        `restored ${report.file} into the ${report.engine} database: ${report.agencies} audit chains verified (${report.events} events)\n`,
      );
    });
}
