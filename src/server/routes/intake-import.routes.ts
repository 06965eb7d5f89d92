import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { once } from 'node:events';
import { CsvError, parse } from 'csv-parse';
import type { IntakeRow } from '../../core/request/bulk-intake.js';
import { importDetainers } from '../../core/request/bulk-intake.use-cases.js';
import type { DetainerDeps } from '../../core/request/detainer.use-cases.js';
import { ApiError, unwrap } from '../errors/api-error.js';
import { requirePrincipal } from '../plugins/authentication.js';
import { errorResponses } from '../schemas/common.schema.js';
import { INTAKE_FILE_DESCRIPTION, IntakeImportQuery, IntakeReportDto } from '../schemas/intake.schema.js';

const CSV = 'text/csv';

/** Characters of CSV parsed between two turns of the event loop (a few milliseconds of work). */
const PARSE_SLICE = 8 * 1024;

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

type CsvRecord = { record: string[]; info: { lines: number } };

/** The line a record starts on: the line it ends on, less the line breaks inside its quoted cells. */
function startLine(r: CsvRecord): number {
  let breaks = 0;
  for (const cell of r.record) if (cell.includes('\n')) breaks += cell.split('\n').length - 1;
  return r.info.lines - breaks;
}

/**
 * The records of CSV text, parsed a slice at a time, letting other requests run in between (a file
 * may be large): each record as a row with the line it starts on (the header is line 1).
 */
async function* csvRecords(text: string): AsyncGenerator<IntakeRow> {
  const parser = parse({ bom: true, info: true, skip_empty_lines: true, relax_column_count: true });
  const feeding = (async () => {
    for (let i = 0; i < text.length; i += PARSE_SLICE) {
      if (!parser.write(text.slice(i, i + PARSE_SLICE))) await once(parser, 'drain');
      await nextTurn();
    }
    parser.end();
  })();
  // A parse error ends the reading below; the feeding then stops too and has nothing to report.
  feeding.catch(() => {});
  try {
    for await (const record of parser) {
      const r = record as CsvRecord;
      yield { line: startLine(r), cells: r.record };
    }
    await feeding;
  } finally {
    if (!parser.destroyed) parser.destroy();
  }
}

/** csv-parse's own messages may quote the offending text: keep only the line and the kind of fault. */
function malformed(error: CsvError): ApiError {
  const line = (error as CsvError & { lines?: number }).lines;
  const where = typeof line === 'number' ? `line ${line}: ` : '';
  return new ApiError('REQUEST.INVALID_FIELD', `body: ${where}the CSV is malformed (${error.code})`, {
    field: 'body',
    problem: `${where}the CSV is malformed (${error.code})`,
    kind: 'malformedCsv',
  });
}

/**
 * Reads CSV text as a header and its rows, which are parsed while the core checks them (never all
 * held at once). Errors name the line, never a value.
 */
async function withCsv<T>(
  text: string,
  use: (file: { header: string[]; rows: AsyncIterable<IntakeRow> }) => Promise<T>,
): Promise<T> {
  const records = csvRecords(text);
  try {
    const first = await records.next();
    if (first.done)
      throw new ApiError('REQUEST.INVALID_FIELD', 'body: is empty', {
        field: 'body',
        problem: 'is empty',
        kind: 'empty',
      });
    const rows: AsyncIterable<IntakeRow> = { [Symbol.asyncIterator]: () => records };
    return await use({ header: [...first.value.cells], rows });
  } catch (error) {
    throw error instanceof CsvError ? malformed(error) : error;
  } finally {
    await records.return(undefined);
  }
}

/**
 * POST /detainers/import: bulk intake from a CSV file. The route reads the CSV; the rules (which
 * rows are valid, all or nothing, idempotence by federal reference) are the core's.
 */
export const intakeImportRoutes =
  (deps: DetainerDeps): FastifyPluginAsyncTypebox =>
  async (app) => {
    // In this plugin only: any body arrives as text (within the server's body limit), so that a
    // wrong content type answers 415 naming text/csv rather than failing to parse.
    app.addContentTypeParser('*', { parseAs: 'string' }, (_request, body, done) => done(null, body));

    app.post(
      '/detainers/import',
      {
        config: { limit: 'expensive' },
        schema: {
          tags: ['detainers'],
          summary: 'Log many detainer requests from a CSV file, all or nothing, idempotent by federal reference',
          description: INTAKE_FILE_DESCRIPTION,
          consumes: [CSV],
          querystring: IntakeImportQuery,
          response: { 200: IntakeReportDto, ...errorResponses(400, 401, 403, 413, 415, 422) },
        },
      },
      async (request) => {
        const principal = requirePrincipal(request);
        const type = (request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
        if (type !== CSV || typeof request.body !== 'string') {
          throw new ApiError('REQUEST.UNSUPPORTED_MEDIA_TYPE', 'Send the file as text/csv.', { field: 'content-type' });
        }
        const body = request.body;
        const dryRun = request.query.dryRun === true;
        return unwrap(await withCsv(body, (file) => importDetainers(deps, principal, file, { dryRun })));
      },
    );
  };
