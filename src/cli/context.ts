import type { Law } from '../composition/law.js';
import type { LawMapService } from '../composition/law-map-service.js';
import type { BackupReport, RestoreReport } from '../composition/backup.js';
import type { PreparedDatabase } from '../composition/prepare-database.js';
import type { MigrationPlan } from '../db/migrations/migrate.js';
import type { Services } from '../composition/services.js';
import type { Config } from '../config/config.js';
import type { ResearchImportDeps } from '../core/research/import-release.js';
import { invalidField, type DomainError } from '../core/shared/errors.js';
import { jsonFieldProblem, parseJsonText } from '../core/shared/json-text.js';
import { err, type Result } from '../core/shared/result.js';
import { fieldProblems } from '../core/shared/field-problems.js';
import { CliError, EXIT_FOR_DOMAIN_ERROR } from './exit-codes.js';

/** What commands get from the composition root: configuration, I/O and the way to reach the database. */
export interface CliContext {
  config(): Config;
  /** The law library (loaded once, on first use). Needs no database: `evaluate` and `policy` never open one. */
  law(): Promise<Law>;
  /** Now, from the clock port (for "today" in listings). */
  now(): Date;
  /** A variable of the environment (e.g. DD_PASSWORD); configuration is read through config(). */
  env(name: string): string | undefined;
  /** Opens the database, runs the work with the use-case services, closes the database. */
  withServices<T>(work: (services: Services) => Promise<T>): Promise<T>;
  /** Opens the database, runs the work with the public-data importer's ports only, closes the database. */
  withResearchImport<T>(work: (deps: ResearchImportDeps) => Promise<T>): Promise<T>;
  prepare(options: { demo: boolean }): Promise<PreparedDatabase & { engine: string }>;
  /**
   * What `prepare` would migrate, changing nothing (`migrate --dry-run`). A SQLite file that does not
   * exist yet is not created: the plan is made on an empty in-memory database (`absent` says so).
   */
  planMigrations(): Promise<MigrationPlan & { engine: string; absent: boolean }>;
  /** A backup of the configured database to a new file (SQLite online backup, or pg_dump custom format). */
  backup(out: string): Promise<BackupReport>;
  /** Restores a backup into the configured database once its audit chains verify in a scratch copy. */
  restore(file: string, options: { replace: boolean }): Promise<RestoreReport>;
  /** Starts the server, prints where it listens, and keeps running until a signal. */
  startServer(options: { demo: boolean }): Promise<void>;
  readStdin(): Promise<string>;
  /** Reads a text file (UTF-8); rejects with a CliError naming the path when it cannot. */
  readFile(path: string): Promise<string>;
  out(text: string): void;
  err(text: string): void;
  // map-api (issue 12): the law map and panel over the law library and every county (no database).
  lawMap(): Promise<LawMapService>;
}

export function valueOf<T>(result: Result<T, DomainError>): T {
  if (result.ok) return result.value;
  throw new CliError(EXIT_FOR_DOMAIN_ERROR[result.error.code], messageOf(result.error));
}

/**
 * `valueOf` for input typed as command-line options: a field is named as the option the operator
 * typed (`expiresInDays` as `--expires-in-days`; `aliases` where the option has another name).
 */
export function optionValueOf<T>(result: Result<T, DomainError>, aliases: Readonly<Record<string, string>> = {}): T {
  if (result.ok || result.error.code !== 'REQUEST.INVALID_FIELD') return valueOf(result);
  const message = fieldProblems(result.error)
    .map((p) => `${optionName(p.field, aliases)}: ${p.problem}`)
    .join('; ');
  throw new CliError(EXIT_FOR_DOMAIN_ERROR[result.error.code], message);
}

function optionName(field: string, aliases: Readonly<Record<string, string>>): string {
  if (field === 'query' || field === 'body') return 'options';
  const name = aliases[field] ?? field;
  return `--${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
}

/** An error's message; for invalid input, every field and its problem (as details.problems lists them). */
export function messageOf(error: DomainError): string {
  if (error.code !== 'REQUEST.INVALID_FIELD') return error.message;
  return fieldProblems(error)
    .map((p) => `${p.field}: ${p.problem}`)
    .join('; ');
}

/**
 * Reads JSON given by the operator with the core's strict reader (duplicate keys and prototype
 * keys refused, naming the key). A syntax error tells only the position: the text may be personal data.
 */
export function readJson(text: string, what: string): Result<unknown, DomainError> {
  const parsed = parseJsonText(text, what);
  if (parsed.ok) return parsed;
  const problem = parsed.error;
  if (problem.kind === 'syntax')
    return err(invalidField(what, `is not valid JSON (at character ${problem.position})`, 'notJson'));
  return err(jsonFieldProblem(problem));
}

/** The error envelope the CLI prints as JSON, the same as the API's (without a request id). */
export function errorEnvelope(error: DomainError) {
  return { error: { code: error.code, message: error.message, details: { ...error.details } } };
}

export function printJson(context: CliContext, value: unknown): void {
  context.out(`${JSON.stringify(value, null, 2)}\n`);
}

/** A plain text table with a header row, columns padded to their widest cell. */
export function printTable(
  context: CliContext,
  header: readonly string[],
  rows: ReadonlyArray<readonly string[]>,
): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  context.out([line(header), ...rows.map(line)].join('\n') + '\n');
}
