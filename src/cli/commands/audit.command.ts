import type { KeyObject } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { listPersonalDataReads, verifyAudit } from '../../core/audit/audit.use-cases.js';
import {
  checkAgainstHeads,
  checkHeadsSignature,
  isKeyProblem,
  keyFingerprint,
  parsePublicKey,
  publicKeyPem,
  headsToPublish,
  readHeadsDocument,
  signHeads,
  type HeadCheck,
  type HeadsDocument,
  type HeadsFileProblem,
  type KeyProblem,
} from '../../core/audit/signed-heads.js';
import type { ChainProblem, ChainVerdict } from '../../core/audit/hash-chain.js';
import { operatorFilter } from '../../core/auth/operator-filter.js';
import type { AgencyId } from '../../core/shared/ids.js';
import { type CliContext, optionValueOf, printJson, printTable, readJson, valueOf } from '../context.js';
import { CliError, CliExit, EXIT } from '../exit-codes.js';

const PROBLEMS: Readonly<Record<ChainProblem, string>> = {
  'sequence-gap': 'its sequence number does not follow the one before (an event was removed or renumbered)',
  'previous-hash-mismatch': 'it does not link to the event before it (an event was removed, added or reordered)',
  'hash-mismatch': 'its content does not match its hash (the event was altered)',
  'head-mismatch': 'the recorded head of the chain does not match its end (events were removed or added at the end)',
};

export function registerAudit(program: Command, context: CliContext): void {
  const audit = program
    .command('audit')
    .description('the audit trail: the hash chain over every detainer event, and the log of personal-data reads');
  audit
    .command('verify')
    .description(
      "recompute every agency's hash chain (or one agency's); exit 1 naming the first broken event. With --against, " +
        'also check that each chain still extends the heads of a signed heads file (audit heads --sign)',
    )
    .option('--agency <id>', 'only this agency (see: agencies list)')
    .option('--against <file>', 'a signed heads file: each chain must still extend the head published for it')
    .option(
      '--public-key <file>',
      'with --against: the Ed25519 public key (SPKI PEM) the file must be signed with; default AUDIT_PUBLIC_KEY. ' +
        'Never taken from the file itself: whoever could rewrite the database could sign a file with a key of their own',
    )
    .option('--json', 'print JSON')
    .action(async (options: { agency?: string; against?: string; publicKey?: string; json?: boolean }) => {
      const agencyId = optionValueOf(operatorFilter({ agency: options.agency })).agency as AgencyId | undefined;
      if (options.publicKey !== undefined && options.against === undefined)
        throw new CliError(EXIT.USAGE, '--public-key: only with --against');
      const anchor = options.against === undefined ? undefined : await signedHeadsFile(context, options);
      const { report, against } = await context.withServices(async (services) => {
        if (agencyId !== undefined && !(await services.agencies.findById(agencyId))) {
          throw new CliError(EXIT.NOT_FOUND, 'agency: no agency with this id (see: detainer-desk agencies list)');
        }
        const heads = anchor?.heads.filter((h) => agencyId === undefined || h.agencyId === agencyId);
        const verified = await verifyAudit(services.audit, agencyId);
        return {
          report: verified,
          against: heads ? await checkAgainstHeads(services.audit, heads, verified.chains) : undefined,
        };
      });
      if (options.json) printJson(context, against ? { ...report, ok: report.ok && against.ok, against } : report);
      else {
        if (report.chains.length === 0) context.out('no events recorded yet\n');
        for (const chain of report.chains) context.out(`${verdictText(chain)}\n`);
        for (const check of against?.checks ?? []) context.out(`${checkText(check)}\n`);
      }
      const broken = report.chains.find((c) => !c.ok);
      if (broken?.broken) {
        const { seq, problem } = broken.broken;
        context.err(
          `error: audit chain broken: agency ${broken.agencyId}, event seq ${seq} (${which(broken)}): ${problem}\n`,
        );
      }
      const departed = against?.checks.find((c) => c.departure !== null);
      if (departed?.departure) {
        context.err(
          `error: audit chain no longer extends the published head: agency ${departed.agencyId}, seq ${departed.published.seq}: ${departed.departure.kind}\n`,
        );
      }
      if (broken || departed) throw new CliExit(EXIT.FAILURE);
    });
  registerHeads(audit, context);
  registerReads(audit, context);
}

interface ReadsOptions {
  agency?: string;
  user?: string;
  detainer?: string;
  from?: string;
  to?: string;
  limit?: string;
  offset?: string;
  json?: boolean;
}

function registerReads(audit: Command, context: CliContext): void {
  audit
    .command('reads')
    .description(
      'the log of personal-data reads, newest first: who read which detainer, when, why and how (never the data)',
    )
    .option('--agency <id>', 'only this agency (see: agencies list); without it, every agency')
    .option('--user <id>', 'only the reads by this user id')
    .option('--detainer <id>', 'only the reads of this detainer id')
    .option('--from <instant>', 'from this ISO 8601 instant')
    .option('--to <instant>', 'before this ISO 8601 instant')
    .option('--limit <n>', 'at most this many (1-500)', '100')
    .option('--offset <n>', 'skip this many', '0')
    .option('--json', 'print JSON (the answer of GET /api/v1/audit/reads)')
    .action(async (options: ReadsOptions) => {
      const agencyId = optionValueOf(operatorFilter({ agency: options.agency })).agency as AgencyId | undefined;
      const page = await context.withServices(async (services) => {
        if (agencyId !== undefined && !(await services.agencies.findById(agencyId))) {
          throw new CliError(EXIT.NOT_FOUND, 'agency: no agency with this id (see: detainer-desk agencies list)');
        }
        // Checked by the core with the schema of GET /api/v1/audit/reads (errors name the options as typed).
        const { agency: _agency, json: _json, user, detainer, ...rest } = options;
        const query = {
          ...rest,
          ...(user === undefined ? {} : { userId: user }),
          ...(detainer === undefined ? {} : { detainerId: detainer }),
        };
        return optionValueOf(await listPersonalDataReads(services.lifecycle, undefined, query, agencyId), {
          userId: 'user',
          detainerId: 'detainer',
        });
      });
      if (options.json) {
        return printJson(context, {
          ...page,
          reads: page.reads.map((r) => ({ ...r, at: r.at.toISOString() })),
        });
      }
      printTable(
        context,
        ['WHEN', 'USER', 'DETAINER', 'PURPOSE', 'CHANNEL'],
        page.reads.map((r) => [r.at.toISOString(), r.userEmail ?? r.userId, r.detainerId, r.purpose, r.channel ?? '']),
      );
      context.err(`${page.reads.length} of ${page.total} reads\n`);
    });
}

function registerHeads(audit: Command, context: CliContext): void {
  audit
    .command('heads')
    .description(
      "each agency's chain head (agency, seq, hash, time), every chain verified first; with --sign, signed with " +
        'AUDIT_SIGNING_KEY for publication (see: audit verify --against)',
    )
    .option('--sign', 'sign the heads with the Ed25519 private key in AUDIT_SIGNING_KEY')
    .option('--out <file>', 'write the heads file (JSON) here instead of standard output')
    .option('--json', 'print the heads file (JSON) instead of a table')
    .action(async (options: { sign?: boolean; out?: string; json?: boolean }) => {
      const key = options.sign ? signingKey(context) : null;
      const statement = await context.withServices(async (services) =>
        valueOf(
          await headsToPublish(
            services.audit,
            async (agencyId) => (await verifyAudit(services.audit, agencyId)).chains[0]!,
            context.now(),
          ),
        ),
      );
      const document: HeadsDocument = key ? signHeads(statement, key) : { ...statement, signature: null };
      const text = `${JSON.stringify(document, null, 2)}\n`;
      if (options.out !== undefined) {
        try {
          await writeFile(options.out, text, { encoding: 'utf8', flag: 'w' });
        } catch (error) {
          throw new CliError(
            EXIT.FAILURE,
            `--out: the file could not be written (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
          );
        }
        context.err(
          `${document.heads.length} heads ${document.signature ? `signed (key ${document.signature.keyId})` : 'unsigned'} written to ${options.out}\n`,
        );
      } else if (options.json || options.sign) context.out(text);
      else
        printTable(
          context,
          ['AGENCY', 'SEQ', 'HASH', 'AT'],
          document.heads.map((h) => [h.agencyId, String(h.seq), h.hash, h.at]),
        );
    });
  audit
    .command('public-key')
    .description('the public key of AUDIT_SIGNING_KEY (SPKI PEM) and its fingerprint: what to publish for verifiers')
    .action(() => {
      const key = signingKey(context);
      context.out(publicKeyPem(key));
      context.err(`fingerprint ${keyFingerprint(key)}\n`);
    });
}

function signingKey(context: CliContext): KeyObject {
  const key = context.config().auditSigningKey;
  if (key === null)
    throw new CliError(
      EXIT.CONFIG,
      'AUDIT_SIGNING_KEY: not set; signing needs an Ed25519 private key (PKCS#8 PEM, e.g. from openssl genpkey -algorithm ed25519)',
    );
  return key;
}

/** The heads file of --against, read strictly and its signature checked with the verifier's own public key. */
async function signedHeadsFile(
  context: CliContext,
  options: { against?: string; publicKey?: string },
): Promise<HeadsDocument> {
  let publicKey: KeyObject | KeyProblem;
  if (options.publicKey !== undefined) {
    publicKey = parsePublicKey(await context.readFile(options.publicKey));
    if (isKeyProblem(publicKey))
      throw new CliError(EXIT.USAGE, `--public-key: ${options.publicKey} ${publicKey.problem}`);
  } else {
    const configured = context.config().auditPublicKey;
    if (configured === null)
      throw new CliError(
        EXIT.USAGE,
        '--public-key: needed with --against (or AUDIT_PUBLIC_KEY): the key the heads were signed with, obtained apart from the file',
      );
    publicKey = configured;
  }
  const path = options.against!;
  const json = readJson(await context.readFile(path), '--against');
  if (!json.ok) throw new CliError(EXIT.USAGE, `--against: ${path} is not valid JSON`);
  const document = readHeadsDocument(json.value);
  if ('kind' in document) {
    if (document.kind === 'malformed')
      throw new CliError(EXIT.USAGE, `--against: ${path}: ${document.field} ${document.problem}`);
    throw new CliError(EXIT.FAILURE, `--against: ${path}: ${fileProblemText(document)}`);
  }
  const problem = checkHeadsSignature(document, publicKey);
  if (problem) throw new CliError(EXIT.FAILURE, `--against: ${path}: ${fileProblemText(problem)}`);
  return document;
}

function fileProblemText(problem: HeadsFileProblem): string {
  switch (problem.kind) {
    case 'malformed':
      return `${problem.field} ${problem.problem}`;
    case 'unsigned':
      return 'the heads file is not signed (make it with: audit heads --sign)';
    case 'other-key':
      return `the heads file was signed by another key (${problem.keyId}), not the public key given (${problem.expected})`;
    case 'bad-signature':
      return `the signature does not verify: the heads file was altered after it was signed (key ${problem.keyId})`;
  }
}

function checkText(check: HeadCheck): string {
  const head = `agency ${check.agencyId}: published head seq ${check.published.seq}`;
  const departure = check.departure;
  if (!departure) return `${head}: extended (${check.events} events now)`;
  switch (departure.kind) {
    case 'chain-broken':
      return `${head}: NOT EXTENDED: the chain does not verify (see above)`;
    case 'missing':
      return `${head}: NOT EXTENDED: the chain now ends at seq ${departure.events}, before the published head (events were removed)`;
    case 'rewritten':
      return `${head}: NOT EXTENDED: the event at seq ${departure.seq} has hash ${departure.found}, not the published ${departure.published} (the chain was rewritten after the heads were published)`;
  }
}

function verdictText(chain: ChainVerdict): string {
  const events = chain.events === 1 ? '1 event' : `${chain.events} events`;
  if (!chain.broken) return `agency ${chain.agencyId}: ${events}, chain intact`;
  const { seq, problem } = chain.broken;
  return `agency ${chain.agencyId}: chain BROKEN at event seq ${seq} (${which(chain)}): ${PROBLEMS[problem]}; ${events} verified before it`;
}

function which(chain: ChainVerdict): string {
  if (!chain.broken || chain.broken.detainerId === null) return 'missing';
  return `detainer ${chain.broken.detainerId}, version ${chain.broken.version}`;
}
