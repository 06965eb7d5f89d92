import type { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import type { CliContext } from './context.js';
import { buildProgram, COMMANDS, registrarsFor } from './program.js';

// Registering commands touches nothing of the context: only their actions do.
const context = { out: () => undefined, err: () => undefined } as unknown as CliContext;

/** Every command's help, by its path (`users reset-second-factor`), its subcommands' too. */
function helpByPath(command: Command, prefix = ''): Map<string, string> {
  const help = new Map<string, string>();
  for (const sub of command.commands) {
    const path = `${prefix}${sub.name()}`;
    help.set(path, sub.helpInformation());
    for (const [p, text] of helpByPath(sub, `${path} `)) help.set(p, text);
  }
  return help;
}

describe('the CLI loads only the command it is asked for', () => {
  it('builds, for each command named first, the same command (options, help, subcommands) as the full program', async () => {
    const full = buildProgram(context, '0.0.0', await registrarsFor([]));
    const names = full.commands.map((c) => c.name());
    const everyHelp = helpByPath(full);
    for (const name of names) {
      const registrars = await registrarsFor([name, '--help']);
      expect(registrars.length, `${name} is in COMMANDS`).toBeLessThan(COMMANDS.length);
      const lazy = buildProgram(context, '0.0.0', registrars);
      const lazyHelp = helpByPath(lazy);
      expect(lazyHelp.get(name), name).toBe(everyHelp.get(name));
      for (const [path, text] of everyHelp)
        if (path.startsWith(`${name} `)) expect(lazyHelp.get(path), path).toBe(text);
    }
  });

  it('loads every command for the root help, an unknown or misspelt command, and an option first', async () => {
    for (const argv of [[], ['--help'], ['imprt'], ['help', 'import'], ['--version']]) {
      expect((await registrarsFor(argv)).length, argv.join(' ')).toBe(COMMANDS.length);
    }
    expect(await registrarsFor(['import', 'auto', 'x.csv'])).toHaveLength(1);
  });
});
