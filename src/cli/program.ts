import { Command, CommanderError } from 'commander';
import { ConfigError } from '../config/config.js';
import { registerAgencies } from './commands/agencies.command.js';
import { registerAudit } from './commands/audit.command.js';
import { registerDetainers } from './commands/detainers.command.js';
import { registerEvaluate } from './commands/evaluate.command.js';
import { registerFacilities } from './commands/facilities.command.js';
import { registerGenerate } from './commands/generate.command.js';
import { registerImport } from './commands/import.command.js';
import { registerMigrate } from './commands/migrate.command.js';
import { registerPolicy } from './commands/policy.command.js';
import { registerReplay } from './commands/replay.command.js';
import { registerLaw } from './commands/law.command.js';
import { registerSecondFactor } from './commands/second-factor.command.js';
import { registerSecurityEvents } from './commands/security-events.command.js';
import { registerSeed } from './commands/seed.command.js';
import { registerServe } from './commands/serve.command.js';
import { registerStats } from './commands/stats.command.js';
import { registerTokens } from './commands/tokens.command.js';
import { registerUsers } from './commands/users.command.js';
import type { CliContext } from './context.js';
import { CliError, CliExit, EXIT, type ExitCode } from './exit-codes.js';

export function buildProgram(context: CliContext, version: string): Command {
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
  registerServe(program, context);
  registerMigrate(program, context);
  registerSeed(program, context);
  registerAgencies(program, context);
  registerUsers(program, context);
  registerTokens(program, context);
  registerSecondFactor(program, context);
  registerSecurityEvents(program, context);
  registerDetainers(program, context);
  registerEvaluate(program, context);
  registerPolicy(program, context);
  registerAudit(program, context);
  registerStats(program, context);
  registerFacilities(program, context);
  registerGenerate(program, context);
  registerImport(program, context);
  registerReplay(program, context);
  // map-api (issue 12)
  registerLaw(program, context);
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
    await buildProgram(context, version).parseAsync([...argv], { from: 'user' });
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
