import type { Command } from 'commander';
import { printJson, type CliContext } from '../context.js';

export function registerSeed(program: Command, context: CliContext): void {
  program
    .command('seed')
    .description(
      'seed reference places (states, counties, time zones) and, with --demo, the synthetic demo desk and the synthetic-demo public-data release',
    )
    .option(
      '--demo',
      'also seed the labelled synthetic demo: agencies, users, requests, and 20,000 generated public-data records',
    )
    .option('--json', 'print the result as JSON')
    .action(async (options: { demo?: boolean; json?: boolean }) => {
      const prepared = await context.prepare({ demo: options.demo === true });
      const demo = prepared.demo;
      if (options.json) {
        printJson(context, {
          placesVersion: prepared.placesVersion,
          placesChanged: prepared.placesChanged,
          researchDemoImported: prepared.researchDemoImported,
          demo: demo && {
            agenciesAdded: demo.agenciesAdded,
            usersAdded: demo.usersAdded,
            requestsAdded: demo.requestsAdded,
          },
        });
        return;
      }
      context.out(
        `Reference places ${prepared.placesChanged ? 'stored' : 'already current'} (version ${prepared.placesVersion}).\n`,
      );
      if (prepared.researchDemoImported) {
        context.out(
          'Synthetic public-data release "synthetic-demo" imported: 20,000 generated records, not ICE data.\n',
        );
      }
      if (demo) {
        context.out(
          `Synthetic demo: ${demo.agenciesAdded} agencies, ${demo.usersAdded} users, ${demo.requestsAdded} requests added ` +
            `(password for every demo user: ${demo.password}).\n`,
        );
      }
    });
}
