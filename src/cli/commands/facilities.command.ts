import type { Command } from 'commander';
import {
  listResearchFacilities,
  loadFacilityReference,
  otherSpellings,
} from '../../core/research/facility-reference.js';
import { ResearchFileError } from '../../core/research/row-parsing.js';
import { printJson, printTable, valueOf, type CliContext } from '../context.js';
import { CliError, EXIT } from '../exit-codes.js';

/** `facilities`: research facilities across releases (issue 14): the facility reference and the listing. */
export function registerFacilities(program: Command, context: CliContext): void {
  const facilities = program
    .command('facilities')
    .description('research facilities across releases: identities by ICE facility code, spellings, places');

  facilities
    .command('reference')
    .description(
      'load a facility reference list (columns by header: code, name, city, state[, county_fips]; tab, comma or ' +
        'semicolon), replacing the one loaded before; coded facilities no release places take its place',
    )
    .argument('<file>', 'the list, e.g. the Deportation Data Project facility-locations-*.txt')
    .option('--json', 'print JSON')
    .action(async (file: string, options: { json?: boolean }) => {
      await context.prepare({ demo: false });
      const loaded = await context.withServices(async (s) => {
        let table;
        try {
          table = await s.researchFacilities.readTable(file);
        } catch (error) {
          if (error instanceof ResearchFileError) throw new CliError(EXIT.USAGE, `${error.message} (nothing loaded)`);
          throw error;
        }
        return valueOf(await loadFacilityReference(s.researchFacilities, table));
      });
      if (options.json) return printJson(context, loaded);
      context.out(
        `Loaded facility reference ${loaded.file}: ${loaded.entries} facilities (${loaded.withCounty} with a county, ` +
          `${loaded.withoutState} without a state; ${loaded.withoutCode} rows without a code skipped); ` +
          `${loaded.facilitiesPlaced} stored facilities placed from it\n`,
      );
    });

  facilities
    .command('list')
    .description('list the research facilities across releases, most records first, with their code and spellings')
    .option('--unmapped', 'only the facilities that stay without a county')
    .option('--json', 'print JSON')
    .action(async (options: { unmapped?: boolean; json?: boolean }) => {
      const listing = await context.withServices((s) =>
        listResearchFacilities(s.researchFacilities.lister, { unmapped: options.unmapped === true }),
      );
      if (options.json) return printJson(context, listing);
      printTable(
        context,
        ['ID', 'CODE', 'FACILITY', 'CITY', 'STATE', 'COUNTY', 'ROWS', 'RELEASES', 'OTHER SPELLINGS'],
        listing.map((f) => [
          String(f.id),
          f.code ?? '',
          f.name,
          f.city ?? '',
          f.state ?? '',
          f.countyFips ?? '',
          String(f.rows),
          String(f.releases),
          otherSpellings(f)
            .map((n) => [n.name, n.city, n.state].filter((part) => part !== null).join(', '))
            .join(' | '),
        ]),
      );
      context.out(
        `${listing.length} ${options.unmapped ? 'facilities without a county' : 'facilities'}, ` +
          `${listing.reduce((n, f) => n + f.rows, 0)} records\n`,
      );
    });
}
