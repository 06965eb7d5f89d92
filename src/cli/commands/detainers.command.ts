import type { Command } from 'commander';
import type { Services } from '../../composition/services.js';
import { principalOf } from '../../core/auth/auth.use-cases.js';
import type { Principal } from '../../core/auth/principal.js';
import { normaliseEmail } from '../../core/auth/user.js';
import {
  detainerRequestJson,
  detainerSummaryJson,
  detainerViewJson,
  type DetainerViewJson,
} from '../../core/lifecycle/detainer-presenter.js';
import { COMMAND_FIELDS } from '../../core/lifecycle/parse-command.js';
import {
  listIdentityConflicts,
  parseIdentityResolution,
  resolveIdentity,
} from '../../core/lifecycle/identity.use-cases.js';
import { recordEvent, viewDetainer } from '../../core/lifecycle/lifecycle.use-cases.js';
import { parseDetainerCommand } from '../../core/lifecycle/parse-command.js';
import { receiveDetainer } from '../../core/request/detainer.use-cases.js';
import { listInbox } from '../../core/request/inbox.use-cases.js';
import { NewDetainerSchema } from '../../core/request/new-detainer.schema.js';
import { validateInput } from '../../core/shared/validate-input.js';
import { printJson, printTable, readJson, valueOf, type CliContext } from '../context.js';
import { CliError, EXIT } from '../exit-codes.js';

const AS = [
  '--as <email>',
  'act as this user (their role and agency), e.g. records-officer@harris.demo.example',
] as const;

/** The user the command acts as: the CLI is an operator on the server, acting in a named user's name. */
async function actingAs(services: Services, email: string): Promise<Principal> {
  const user = await services.auth.users.findByEmail(normaliseEmail(email));
  if (!user || user.disabled) throw new CliError(EXIT.NOT_FOUND, 'as: no active user with this email');
  return principalOf(user, 'cli');
}

/** A few lines a person reads: status, decision, deadlines, duties, alarms (no personal data). */
function describe(view: DetainerViewJson): string {
  const lines = [
    `Detainer ${view.id}: ${view.form}${view.formEdition ? ` (${view.formEdition})` : ''}, received ${view.receivedAt}, subject ${view.subject.reference}`,
    `Status: ${view.status} (version ${view.version})`,
  ];
  const decision = view.decision;
  if (decision?.error) lines.push(`Decision (${decision.asOf}): the law could not decide: ${decision.error.message}`);
  else if (decision) {
    const actions = Object.entries(decision.actions)
      .filter(([, a]) => a.requested)
      .map(([name, a]) => `${name} ${a.modality} -> ${a.effective}${a.overridden ? ' (overridden)' : ''}`);
    lines.push(`Decision (${decision.asOf}): ${actions.join('; ')}`);
    lines.push(`Applied: ${decision.applied.map((r) => `${r.rule} (${r.version})`).join(', ')}`);
  }
  const conflict = view.identityConflict;
  if (conflict) {
    const fields = conflict.fields.map((f) => f.field).join(', ');
    lines.push(
      conflict.resolution
        ? `Identity conflict (${fields}): resolved ${conflict.resolution.choice} at ${conflict.resolution.at}`
        : `IDENTITY CONFLICT: the request submitted other ${fields} than the record on file (values: --json); ` +
            `resolve with: detainers resolve-identity ${view.id}`,
    );
  }
  if (view.deadlines.hold) lines.push(`Hold deadline: ${view.deadlines.hold}`);
  for (const duty of view.duties) lines.push(`Duty ${duty.id}: ${duty.status}${duty.due ? `, due ${duty.due}` : ''}`);
  for (const alarm of view.alarms) lines.push(`ALARM ${alarm.severity} ${alarm.kind}: ${alarm.message}`);
  if (view.commands.length > 0)
    lines.push(`You may record: ${view.commands.map((c) => c.type).join(', ')} (detainers event ${view.id} --type T)`);
  return `${lines.join('\n')}\n`;
}

export function registerDetainers(program: Command, context: CliContext): void {
  const detainers = program
    .command('detainers')
    .description('log detainer requests and record what happens to them, acting as a named user of the agency');

  detainers
    .command('receive')
    .description('log one detainer request (the same JSON as POST /api/v1/detainers)')
    .argument('[file]', 'a JSON file with the request; "-" or none reads standard input')
    .requiredOption(...AS)
    .option('--json', 'print the request as JSON (as the API answers)')
    .action(async (file: string | undefined, options: { as: string; json?: boolean }) => {
      const text = file === undefined || file === '-' ? await context.readStdin() : await context.readFile(file);
      // The same schema as POST /api/v1/detainers: every bad field is named, none repeats its value.
      const input = valueOf(validateInput(NewDetainerSchema, valueOf(readJson(text, 'input'))));
      const created = await context.withServices(async (services) =>
        valueOf(await receiveDetainer(services.detainers, await actingAs(services, options.as), input)),
      );
      if (options.json) return printJson(context, detainerRequestJson(created));
      context.out(`${created.id}\n`);
      context.err(`Logged the request; see it with: detainers show ${created.id} --as ${options.as}\n`);
    });

  detainers
    .command('event')
    .description('record what happened to a detainer (as POST /api/v1/detainers/:id/events)')
    .argument('<id>', 'the detainer id')
    .requiredOption('--type <type>', `one of ${Object.keys(COMMAND_FIELDS).join(', ')}`)
    .requiredOption('--expected-version <n>', 'the version you last read (see: detainers show)')
    .option(
      '--json-fields <json>',
      'the fields of the command as a JSON object, e.g. \'{"at":"2026-11-28T17:00:00-06:00","reason":"bond-posted"}\'',
    )
    .requiredOption(...AS)
    .option('--json', 'print the detainer as JSON (as the API answers)')
    .action(
      async (
        id: string,
        options: { type: string; expectedVersion: string; jsonFields?: string; as: string; json?: boolean },
      ) => {
        const fields = options.jsonFields === undefined ? {} : valueOf(readJson(options.jsonFields, 'json-fields'));
        if (typeof fields !== 'object' || fields === null || Array.isArray(fields)) {
          throw new CliError(EXIT.USAGE, 'json-fields: must be a JSON object');
        }
        // The command's schema checks the version too (a whole number from 1, bounded).
        const version = /^\d{1,10}$/.test(options.expectedVersion) ? Number(options.expectedVersion) : NaN;
        if (Number.isNaN(version)) throw new CliError(EXIT.USAGE, 'expected-version: must be a whole number');
        const input = valueOf(parseDetainerCommand({ ...fields, type: options.type, expectedVersion: version }));
        const view = await context.withServices(async (services) =>
          detainerViewJson(
            valueOf(
              await recordEvent(
                services.lifecycle,
                await actingAs(services, options.as),
                id,
                input.expectedVersion,
                input.command,
              ),
            ),
            services.law.engine.library,
          ),
        );
        if (options.json) return printJson(context, view);
        context.out(describe(view));
      },
    );

  detainers
    .command('show')
    .description('one detainer: status, decision and why, deadlines, duties, alarms, history (the read is recorded)')
    .argument('<id>', 'the detainer id')
    .requiredOption(...AS)
    .option('--json', 'print JSON (as GET /api/v1/detainers/:id answers, with personal data)')
    .action(async (id: string, options: { as: string; json?: boolean }) => {
      const view = await context.withServices(async (services) =>
        detainerViewJson(
          valueOf(await viewDetainer(services.lifecycle, await actingAs(services, options.as), id)),
          services.law.engine.library,
        ),
      );
      if (options.json) return printJson(context, view);
      context.out(describe(view));
    });

  detainers
    .command('resolve-identity')
    .description(
      "resolve a detainer's identity conflict (as POST /api/v1/detainers/:id/identity-resolution; recorded as an event)",
    )
    .argument('<id>', 'the detainer id')
    .requiredOption('--choice <choice>', 'keep-on-file, use-submitted or separate-person')
    .requiredOption('--reason <text>', 'why, in words (kept in the event log)')
    .option('--reference <reference>', "separate-person: the other person's own reference (e.g. booking number)")
    .requiredOption(...AS)
    .option('--json', 'print the detainer as JSON (as the API answers)')
    .action(
      async (
        id: string,
        options: { choice: string; reason: string; reference?: string; as: string; json?: boolean },
      ) => {
        const input = valueOf(
          parseIdentityResolution({
            choice: options.choice,
            reason: options.reason,
            ...(options.reference === undefined ? {} : { reference: options.reference }),
          }),
        );
        const view = await context.withServices(async (services) =>
          detainerViewJson(
            valueOf(await resolveIdentity(services.lifecycle, await actingAs(services, options.as), id, input)),
            services.law.engine.library,
          ),
        );
        if (options.json) return printJson(context, view);
        context.out(describe(view));
      },
    );

  detainers
    .command('identity-conflicts')
    .description("the agency's open identity conflicts (as GET /api/v1/identity-conflicts), field names only")
    .option('--limit <n>', 'at most this many (1-200)', '50')
    .option('--offset <n>', 'skip this many', '0')
    .requiredOption(...AS)
    .option('--json', 'print JSON (as the API answers)')
    .action(async (options: { limit: string; offset: string; as: string; json?: boolean }) => {
      // Checked by the core with the schema of GET /api/v1/identity-conflicts.
      const query = { limit: options.limit, offset: options.offset };
      const page = await context.withServices(async (services) =>
        valueOf(await listIdentityConflicts(services.detainers, await actingAs(services, options.as), query)),
      );
      const items = page.items.map((c) => ({
        detainerId: c.detainerId,
        subjectId: c.subjectId,
        reference: c.reference,
        fields: [...c.fields],
        detectedAt: c.detectedAt.toISOString(),
      }));
      if (options.json) return printJson(context, { items, total: page.total, limit: page.limit, offset: page.offset });
      printTable(
        context,
        ['DETAINER', 'DETECTED', 'REFERENCE', 'FIELDS'],
        items.map((c) => [c.detainerId, c.detectedAt, c.reference, c.fields.join(',')]),
      );
      context.err(`${items.length} of ${page.total}\n`);
    });

  detainers
    .command('list')
    .description("the agency's inbox (as GET /api/v1/detainers), without personal data")
    .option('--state <state>', 'pending, holding, release-due, transferred, released, lifted or cancelled')
    .option('--sort <order>', 'received (default, newest first) or deadline (soonest first)')
    .option('--form <form>', 'I-247, I-247D, I-247N, I-247X or I-247A')
    .option('--facility <id>', 'only this facility')
    .option('--from <date>', 'received on or after this local date (YYYY-MM-DD)')
    .option('--to <date>', 'received on or before this local date (YYYY-MM-DD)')
    .option('--limit <n>', 'at most this many (1-200)', '50')
    .option('--offset <n>', 'skip this many', '0')
    .requiredOption(...AS)
    .option('--json', 'print JSON (as the API answers)')
    .action(
      async (options: {
        state?: string;
        sort?: string;
        form?: string;
        facility?: string;
        from?: string;
        to?: string;
        limit: string;
        offset: string;
        as: string;
        json?: boolean;
      }) => {
        // Checked by the core with the schema of GET /api/v1/detainers (limit 1-200, offset bounded, dates in range).
        const { as: _as, json: _json, ...query } = options;
        const page = await context.withServices(async (services) =>
          valueOf(await listInbox(services.detainers, await actingAs(services, options.as), query)),
        );
        const items = page.items.map(detainerSummaryJson);
        if (options.json)
          return printJson(context, { items, total: page.total, limit: page.limit, offset: page.offset });
        printTable(
          context,
          ['ID', 'RECEIVED', 'FORM', 'STATUS', 'VERSION', 'HOLD DEADLINE', 'REFERENCE'],
          items.map((d) => [
            d.id,
            d.receivedAt,
            d.form,
            d.status,
            String(d.version),
            d.holdDeadline ?? '-',
            d.subject.reference,
          ]),
        );
        context.err(`${items.length} of ${page.total}\n`);
      },
    );
}
