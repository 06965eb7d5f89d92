import { forbidden } from '../auth/auth.use-cases.js';
import type { Principal } from '../auth/principal.js';
import { can } from '../auth/roles.js';
import { domainError, invalidField, type DomainError } from '../shared/errors.js';
import { isUuid, type FacilityId } from '../shared/ids.js';
import { err, ok, type Result } from '../shared/result.js';
import {
  checkHeader,
  DryRunReport,
  IntakeDecider,
  RowChecker,
  writtenReport,
  type IntakeReport,
  type IntakeRow,
} from './bulk-intake.js';
import { receiveDetainer, type DetainerDeps } from './detainer.use-cases.js';
import type { FieldProblem } from '../shared/validate-input.js';

/** Rows checked between two yields to other requests (a few milliseconds of work). */
const CHECK_SLICE = 100;

const NOT_OUR_FACILITY: FieldProblem = {
  field: 'facilityId',
  problem: 'names no facility of your agency',
  kind: 'notOurFacility',
};

/**
 * Logs a bulk intake file: every row is checked before anything is written, and if any row is
 * invalid nothing is written (INTAKE.INVALID_ROWS, with the report in the details). Rows whose
 * federal reference is already on file are skipped and reported `already-logged`, so uploading
 * the same file twice creates nothing the second time.
 *
 * How atomic this is: the checks are all-or-nothing; the writes are not one transaction. Each row
 * is written by `receiveDetainer`, in its own transaction (request, subject, first events and
 * decision together). A request logged by someone else between the check and the write (the same
 * federal reference) is reported `already-logged`. If the database fails midway, the rows before
 * the failure stay written and the call fails; because intake is idempotent by federal reference,
 * uploading the same file again completes it without duplicates.
 */
export async function importDetainers(
  deps: DetainerDeps,
  principal: Principal,
  /** The rows may arrive as they are read (an async iterable): a large file is checked without being held. */
  file: { readonly header: readonly string[]; readonly rows: Iterable<IntakeRow> | AsyncIterable<IntakeRow> },
  /** dryRun: check every row and say what an upload would do (valid, already logged, invalid); write nothing. */
  options: { readonly dryRun?: boolean } = {},
): Promise<Result<IntakeReport, DomainError>> {
  if (!can(principal.role, 'detainer:create')) return err(forbidden('log detainer requests'));
  const columns = checkHeader(file.header);
  if (!columns.ok) return columns;

  const now = deps.clock.now();
  // Checked and decided row by row, in slices letting other requests run in between (a file may have
  // hundreds of thousands of rows); a refused file's rows are not kept beyond the report's.
  const checker = new RowChecker(columns.value, now);
  const decider = new IntakeDecider();
  const dryRun = options.dryRun ? new DryRunReport() : null;
  const facilityIsOurs = new Map<string, boolean>();
  let i = 0;
  for await (const read of file.rows) {
    let row = checker.check(read);
    const facilityId = row.input?.facilityId;
    if (facilityId !== undefined) {
      let ours = facilityIsOurs.get(facilityId);
      if (ours === undefined) {
        ours =
          isUuid(facilityId) && (await deps.detainers.facilityBelongsTo(principal.agencyId, facilityId as FacilityId));
        facilityIsOurs.set(facilityId, ours);
      }
      if (!ours) row = { ...row, input: null, errors: [...row.errors, NOT_OUR_FACILITY] };
    }
    if (dryRun) dryRun.add(row);
    else decider.add(row);
    if (deps.scheduler && ++i % CHECK_SLICE === 0) await deps.scheduler.yield();
  }
  if (dryRun) {
    const report = await dryRun.report((references) => deps.detainers.loggedReferences(principal.agencyId, references));
    if (report.rows.length === 0) return err(invalidField('body', 'has a header row but no requests', 'noRequests'));
    return ok(report);
  }
  if (decider.total === 0) return err(invalidField('body', 'has a header row but no requests', 'noRequests'));
  const decision = decider.decide();
  if (decision.kind === 'refused') {
    const { invalid, rows, omitted } = decision.report;
    const listed =
      omitted === undefined
        ? ''
        : ` The report lists the first ${rows.length} invalid rows; the other ${omitted.rows} are counted by column in omitted.`;
    return err(
      domainError(
        'INTAKE.INVALID_ROWS',
        `${invalid} of ${decider.total} rows are invalid; nothing was written.${listed}`,
        decision.report as unknown as Record<string, unknown>,
      ),
    );
  }

  const written: Array<{
    line: number;
    federalReference: string | null;
    outcome: 'created' | 'already-logged';
    id?: string;
  }> = [];
  for (const row of decision.rows) {
    const received = await receiveDetainer(deps, principal, row.input);
    if (received.ok)
      written.push({
        line: row.line,
        federalReference: row.federalReference,
        outcome: 'created',
        id: received.value.id,
      });
    else if (received.error.code === 'DETAINER.DUPLICATE_REFERENCE') {
      written.push({ line: row.line, federalReference: row.federalReference, outcome: 'already-logged' });
    } else {
      // Cannot happen after the checks above unless the agency vanished meanwhile; the rows
      // before this one are written, and a new upload of the file completes it.
      return err({
        ...received.error,
        details: { ...received.error.details, line: row.line, written: written.length },
      });
    }
  }
  return ok(writtenReport(written));
}
