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
    .action(async (options: { demo?: boolean }) => {
      const demo = options.demo === true || context.config().demoData;
      await context.startServer({ demo });
    });
}
