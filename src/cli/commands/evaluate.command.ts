import type { Command } from 'commander';
import { evaluateAny, type EvaluationResult } from '../../core/policy/evaluate-request.js';
import type { DomainError } from '../../core/shared/errors.js';
import { errorEnvelope, messageOf, printJson, readJson, type CliContext } from '../context.js';
import { CliExit, EXIT, EXIT_FOR_DOMAIN_ERROR, type ExitCode } from '../exit-codes.js';

const EXAMPLE = `{
  "asOf": "2018-06-01T10:00:00-07:00",
  "place": { "state": "CA", "countyFips": "06001" },
  "request": { "form": "I-247A", "warrant": "administrative", "probableCause": ["biometric-database"] },
  "subject": { "convictions": [{ "date": "2012-04-03", "level": "felony", "categories": ["serious-felony"] }],
               "registrant": false, "federalFelonyWarrant": false, "pendingCharges": [] },
  "releaseEligibleAt": "2018-06-01T17:00:00-07:00"
}`;

export function registerEvaluate(program: Command, context: CliContext): void {
  program
    .command('evaluate')
    .description('decide detainer requests under the law in force at their instant and place (no database)')
    .argument('[file]', 'a JSON file with one input object or a list of them; "-" or none reads standard input')
    .addHelpText(
      'after',
      `
Prints the decision as JSON: {"actions", "duties", "applied", "trace"}; for a list, a list in the
same order. An input that cannot be decided prints {"error": {"code", "message", "details"}} (in its
slot, for a list). Optional input fields: agencyKind (county-jail), discretion (comply),
request.formEdition (the edition in use that day), subject.*, releaseEligibleAt.

Example input:
${EXAMPLE}

Exit codes: 0 every input decided; 2 invalid JSON or an invalid input (the message names the field);
6 a fact the law needs is missing; 3 an unknown place or form edition; 4 conflicting rules.
For a list, 2 if any input is invalid, else the code of the first input that could not be decided.`,
    )
    .action(async (file: string | undefined) => {
      const text = file === undefined || file === '-' ? await context.readStdin() : await context.readFile(file);
      const parsed = readJson(text, 'input');
      if (!parsed.ok) return fail(context, parsed.error);

      const answer = evaluateAny((await context.law()).engine, parsed.value);
      if (answer.kind === 'single') {
        if (!answer.result.ok) return fail(context, answer.result.error);
        return printJson(context, answer.result.value);
      }
      printJson(context, answer.results.map(slot));
      const failed = answer.results.filter((r): r is Extract<EvaluationResult, { ok: false }> => !r.ok);
      if (failed.length === 0) return;
      context.err(
        `error: ${failed.length} of ${answer.results.length} inputs could not be decided (see their slots)\n`,
      );
      const invalid = failed.some((r) => r.error.code === 'REQUEST.INVALID_FIELD');
      throw new CliExit(invalid ? EXIT.USAGE : exitFor(failed[0]!.error));
    });
}

function slot(result: EvaluationResult) {
  return result.ok ? result.value : errorEnvelope(result.error);
}

function exitFor(error: DomainError): ExitCode {
  return EXIT_FOR_DOMAIN_ERROR[error.code];
}

/** The error goes to standard output as JSON (the contract), and its message to standard error. */
function fail(context: CliContext, error: DomainError): never {
  printJson(context, errorEnvelope(error));
  context.err(`error: ${messageOf(error)}\n`);
  throw new CliExit(exitFor(error));
}
