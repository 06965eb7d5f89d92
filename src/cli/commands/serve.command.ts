import type { Command } from 'commander';
import type { CliContext } from '../context.js';

export function registerServe(program: Command, context: CliContext): void {
  program
    .command('serve')
    .description('migrate, seed reference places, and serve the API and web app (PORT, HOST, DATABASE_URL)')
    .option(
      '--demo',
      'also seed the labelled synthetic demo: agencies, users, requests, and 20,000 generated public-data records (same as DEMO_DATA=true)',
    )
    .addHelpText(
      'after',
      `
Several instances may serve one PostgreSQL database (sessions are in the database): the deadline
sweeper runs on one of them at a time, the holder of a PostgreSQL advisory lock, which every instance
tries every SWEEP_INTERVAL_SECONDS (default 30); another takes over within that interval when the
holder dies. On SQLite run one server process per database file. See README, "Several instances".`,
    )
    .action(async (options: { demo?: boolean }) => {
      const demo = options.demo === true || context.config().demoData;
      await context.startServer({ demo });
    });
}
