import type { Command } from 'commander';
import { printJson, printTable, type CliContext } from '../context.js';

export function registerAgencies(program: Command, context: CliContext): void {
  const agencies = program.command('agencies').description('the agencies (tenants) in this database');
  agencies
    .command('list')
    .description('list agencies with their ids, places and time zones')
    .option('--json', 'print JSON')
    .action(async (options: { json?: boolean }) => {
      const list = await context.withServices((s) => s.agencies.list());
      if (options.json) return printJson(context, { agencies: list });
      printTable(
        context,
        ['ID', 'NAME', 'KIND', 'STATE', 'COUNTY', 'TIME ZONE', 'SYNTHETIC'],
        list.map((a) => [
          a.id,
          a.name,
          a.kind,
          a.stateCode,
          a.countyFips ?? '',
          a.timeZone,
          a.synthetic ? 'yes' : 'no',
        ]),
      );
    });
}
