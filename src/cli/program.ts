import { Command, CommanderError } from 'commander';
import { ConfigError } from '../config/config.js';
import type { CliContext } from './context.js';
import { CliError, CliExit, EXIT, type ExitCode } from './exit-codes.js';

type Registrar = (program: Command, context: CliContext) => void;

/**
 * Every top-level command, in the order `--help` lists them, with the modules that register it.
 * A command's modules (and what they import: the core's use cases, TypeBox, the law...) are loaded
 * only when the command line names that command, or when all are needed (`--help`, an unknown or
 * misspelt command): `import` then starts without loading the code of twenty other commands.
 */
export const COMMANDS: ReadonlyArray<{ readonly names: readonly string[]; load(): Promise<Registrar> }> = [
  { names: ['serve'], load: async () => (await import('./commands/serve.command.js')).registerServe },
  { names: ['migrate'], load: async () => (await import('./commands/migrate.command.js')).registerMigrate },
  { names: ['seed'], load: async () => (await import('./commands/seed.command.js')).registerSeed },
  { names: ['agencies'], load: async () => (await import('./commands/agencies.command.js')).registerAgencies },
  { names: ['users', 'totp-code'], load: async () => (await import('./commands/users.command.js')).registerUsers },
  { names: ['tokens'], load: async () => (await import('./commands/tokens.command.js')).registerTokens },
  // `users reset-second-factor` and `totp-code`, registered after (and beside) `users`.
  {
    names: ['users', 'totp-code'],
    load: async () => (await import('./commands/second-factor.command.js')).registerSecondFactor,
  },
  {
    names: ['security-events'],
    load: async () => (await import('./commands/security-events.command.js')).registerSecurityEvents,
  },
  { names: ['detainers'], load: async () => (await import('./commands/detainers.command.js')).registerDetainers },
  { names: ['evaluate'], load: async () => (await import('./commands/evaluate.command.js')).registerEvaluate },
  { names: ['policy'], load: async () => (await import('./commands/policy.command.js')).registerPolicy },
  { names: ['audit'], load: async () => (await import('./commands/audit.command.js')).registerAudit },
  { names: ['backup', 'restore'], load: async () => (await import('./commands/backup.command.js')).registerBackup },
  { names: ['stats'], load: async () => (await import('./commands/stats.command.js')).registerStats },
  { names: ['facilities'], load: async () => (await import('./commands/facilities.command.js')).registerFacilities },
  { names: ['generate'], load: async () => (await import('./commands/generate.command.js')).registerGenerate },
  { names: ['import'], load: async () => (await import('./commands/import.command.js')).registerImport },
  { names: ['replay'], load: async () => (await import('./commands/replay.command.js')).registerReplay },
  // map-api (issue 12)
  { names: ['law'], load: async () => (await import('./commands/law.command.js')).registerLaw },
];

/**
 * The registrars a command line needs, in order: only those of its command when its first word
 * names one (commander then parses it exactly as with every command registered), else all.
 */
export async function registrarsFor(argv: readonly string[]): Promise<Registrar[]> {
  const named = COMMANDS.filter((command) => command.names.includes(argv[0] ?? ''));
  return Promise.all((named.length > 0 ? named : COMMANDS).map((command) => command.load()));
}

export function buildProgram(context: CliContext, version: string, registrars: readonly Registrar[]): Command {
  const program = new Command('detainer-desk')
    .description('Detainer Desk: immigration detainer intake, decisions and public data')
    .version(version)
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
    .configureOutput({ writeOut: (s) => context.out(s), writeErr: (s) => context.err(s) })
    .addHelpText(
      'after',
      `
Configuration comes from environment variables (DATABASE_URL, SQLITE_PATH, PORT, ...; see README).
Exit codes: 0 ok, 1 failure (or failing policy cases or lint, or a broken audit chain), 2 bad arguments or input,
3 not found (also an unknown place or form edition), 4 conflict (also conflicting rules),
5 forbidden, 6 a fact the law needs is missing, 69 database unavailable, 78 invalid configuration.`,
    );
  for (const register of registrars) register(program, context);
  // Every subcommand reports errors the same way as the root.
  for (const command of program.commands) inheritSettings(command, context);
  return program;
}

function inheritSettings(command: Command, context: CliContext): void {
  command.exitOverride().configureOutput({ writeOut: (s) => context.out(s), writeErr: (s) => context.err(s) });
  for (const sub of command.commands) inheritSettings(sub, context);
}

/** Runs one command line; returns the exit code instead of exiting, so tests can call it. */
export async function runCli(argv: readonly string[], context: CliContext, version: string): Promise<ExitCode> {
  try {
    await buildProgram(context, version, await registrarsFor(argv)).parseAsync([...argv], { from: 'user' });
    return EXIT.OK;
  } catch (error) {
    return reportError(error, context);
  }
}

function reportError(error: unknown, context: CliContext): ExitCode {
  if (error instanceof CommanderError) {
    const quiet = ['commander.helpDisplayed', 'commander.help', 'commander.version'].includes(error.code);
    return quiet ? EXIT.OK : EXIT.USAGE;
  }
  if (error instanceof CliExit) return error.exitCode;
  if (error instanceof CliError) {
    context.err(`error: ${error.message}\n`);
    return error.exitCode;
  }
  if (error instanceof ConfigError) {
    context.err(`error: ${error.message}\n`);
    return EXIT.CONFIG;
  }
  if (isConnectionError(error)) {
    context.err(`error: database unavailable: ${(error as Error).message}\n`);
    return EXIT.UNAVAILABLE;
  }
  context.err(`error: ${error instanceof Error ? error.message : String(error)}\n`);
  return EXIT.FAILURE;
}

function isConnectionError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && ['ECONNREFUSED', 'ENOTFOUND', 'SQLITE_CANTOPEN', '28P01', '3D000'].includes(code);
}
