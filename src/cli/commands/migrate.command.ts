import type { Command } from 'commander';
import { printJson, type CliContext } from '../context.js';

export function registerMigrate(program: Command, context: CliContext): void {
  program
    .command('migrate')
    .description('apply pending database migrations and seed reference places (idempotent)')
    .option(
      '--dry-run',
      'change nothing: list the pending migrations, what each does and the SQL it sends. The SQL is ' +
        'recorded by running them in one transaction that is then rolled back (both engines roll back ' +
        'schema changes), so it is what this engine would run on this data; on PostgreSQL that ' +
        'transaction takes the same locks as the real run, for as long. A SQLite file that does not ' +
        'exist is not created (planned on an empty database). Exit 0 whether or not any are pending',
    )
    .option('--json', 'print the result as JSON')
    .addHelpText(
      'after',
      '\nMigrations are forward only and safe with the previous release still serving (README, "Upgrades").',
    )
    .action(async (options: { json?: boolean; dryRun?: boolean }) => {
      if (options.dryRun) return dryRun(context, options.json === true);
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

async function dryRun(context: CliContext, json: boolean): Promise<void> {
  const plan = await context.planMigrations();
  if (json) {
    printJson(context, {
      engine: plan.engine,
      dryRun: true,
      databaseExists: !plan.absent,
      pending: plan.pending,
      unknownApplied: plan.unknownApplied,
    });
    return;
  }
  const where = plan.absent ? `${plan.engine} (the file does not exist yet; not created)` : plan.engine;
  if (plan.unknownApplied.length > 0) {
    context.out(
      `${where}: migrated by a later release (${plan.unknownApplied.join(', ')}): ` +
        'nothing for this release to apply. Dry run: nothing changed.\n',
    );
    return;
  }
  if (plan.pending.length === 0) {
    context.out(`${where}: database is up to date; no migration pending. Dry run: nothing changed.\n`);
    return;
  }
  const lines = [`${where}: ${plan.pending.length} pending migration(s), in order:`];
  for (const migration of plan.pending) {
    lines.push('', `${migration.name}: ${migration.description}`);
    for (const statement of migration.statements) lines.push(indent(statement));
  }
  lines.push('', 'Dry run: nothing changed (run `detainer-desk migrate` to apply them).');
  context.out(`${lines.join('\n')}\n`);
}

function indent(statement: string): string {
  return statement
    .split('\n')
    .map((line) => `    ${line}`)
    .join('\n');
}
