import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { detainerRequestJson, detainerSummaryJson, detainerViewJson } from '../../core/lifecycle/detainer-presenter.js';
import {
  listIdentityConflicts,
  parseIdentityResolution,
  resolveIdentity,
} from '../../core/lifecycle/identity.use-cases.js';
import { recordEvent, viewDetainer, type LifecycleDeps } from '../../core/lifecycle/lifecycle.use-cases.js';
import { noticeFileName, previewNotice, readNotice } from '../../core/lifecycle/notices.use-cases.js';
import { noticePath } from '../../core/lifecycle/detainer-presenter.js';
import type { NoticeBlock } from '../../core/lifecycle/lifecycle.ports.js';
import { parseDetainerCommand } from '../../core/lifecycle/parse-command.js';
import type { PolicyLibrary } from '../../core/policy/library.js';
import { receiveDetainer, type DetainerDeps } from '../../core/request/detainer.use-cases.js';
import { listInbox } from '../../core/request/inbox.use-cases.js';
import { Line } from '../../core/shared/input-types.js';
import { unwrap } from '../errors/api-error.js';
import { requirePrincipal } from '../plugins/authentication.js';
import { strictValidatorCompiler } from '../plugins/validator-compiler.js';
import { errorResponses } from '../schemas/common.schema.js';
import { DetainerDto, DetainerListQuery, DetainerPageDto, NewDetainerBody } from '../schemas/detainer.schema.js';
import {
  DetainerEventBody,
  DetainerViewDto,
  IdentityConflictPageDto,
  IdentityConflictQuery,
  IdentityResolutionBody,
  NoticeParams,
  NoticePreviewDto,
} from '../schemas/lifecycle.schema.js';

export interface DetainerRouteDeps {
  readonly detainers: DetainerDeps;
  readonly lifecycle: LifecycleDeps;
  /** The law library: the citations of the rules a decision applied. */
  readonly library: PolicyLibrary;
}

const IdParams = Type.Object({ id: Line({ maxLength: 64 }) });

/**
 * The body of a command is checked by the core's parser, the one validator of commands (the CLI
 * uses it too), so both name a bad field alike; the schema documents it. Path parameters are
 * checked as everywhere else.
 */
const strict = strictValidatorCompiler();
const bodyParsedByTheCore: typeof strict = (route) => (route.httpPart === 'body' ? () => true : strict(route));

/** A block of a notice's preview as JSON (its lists copied out of the core's read-only values). */
function blockJson(block: NoticeBlock): NoticePreviewDto['blocks'][number] {
  switch (block.kind) {
    case 'fields':
      return { kind: block.kind, fields: block.fields.map((f) => ({ ...f })) };
    case 'table':
      return { kind: block.kind, head: [...block.head], rows: block.rows.map(([a, b]) => [a, b]) };
    case 'citations':
      return { kind: block.kind, items: block.items.map((c) => ({ ...c })) };
    default:
      return { ...block };
  }
}

export const detainerRoutes =
  ({ detainers, lifecycle, library }: DetainerRouteDeps): FastifyPluginAsyncTypebox =>
  async (app) => {
    app.post(
      '/detainers',
      {
        schema: {
          tags: ['detainers'],
          summary: 'Log a detainer request as it arrives (intake)',
          description: 'The law in force is asked at once; GET the detainer for the decision.',
          body: NewDetainerBody,
          response: { 201: DetainerDto, ...errorResponses(400, 401, 403, 404, 409, 413, 415) },
        },
      },
      async (request, reply) => {
        const created = unwrap(await receiveDetainer(detainers, requirePrincipal(request), request.body));
        return reply.code(201).header('location', `/api/v1/detainers/${created.id}`).send(detainerRequestJson(created));
      },
    );

    app.get(
      '/detainers',
      {
        schema: {
          tags: ['detainers'],
          summary: "The caller's agency's inbox: filtered by status, form, facility and date of receipt",
          description:
            'Newest receipt first, or with sort=deadline the soonest hold deadline first, then the soonest duty. ' +
            'Items carry no personal data: the subject appears only by the agency reference.',
          querystring: DetainerListQuery,
          response: { 200: DetainerPageDto, ...errorResponses(400, 401, 403) },
        },
      },
      async (request) => {
        const page = unwrap(await listInbox(detainers, requirePrincipal(request), request.query));
        return {
          items: page.items.map(detainerSummaryJson),
          total: page.total,
          limit: page.limit,
          offset: page.offset,
        };
      },
    );

    app.get(
      '/detainers/:id',
      {
        schema: {
          tags: ['detainers'],
          summary:
            'One detainer: the request, its status, the decision in force and why, deadlines, duties and history',
          params: IdParams,
          response: { 200: DetainerViewDto, ...errorResponses(401, 403, 404) },
        },
      },
      async (request) => {
        const view = unwrap(await viewDetainer(lifecycle, requirePrincipal(request), request.params.id));
        return detainerViewJson(view, library);
      },
    );

    app.post(
      '/detainers/:id/events',
      {
        schema: {
          tags: ['detainers'],
          summary: 'Record what happened to a detainer (release eligibility, notices, transfer, release, ...)',
          description:
            'Send the version you last read as expectedVersion. Answers the detainer as it is now. 409 ' +
            'DETAINER.ILLEGAL_TRANSITION names the command type and the status that forbids it; 409 ' +
            'DETAINER.VERSION_CONFLICT means someone recorded first: read again and retry. A bad field answers 400 ' +
            'REQUEST.INVALID_FIELD naming it.',
          params: IdParams,
          body: DetainerEventBody,
          response: { 201: DetainerViewDto, ...errorResponses(400, 401, 403, 404, 409, 413, 415) },
        },
        validatorCompiler: bodyParsedByTheCore,
      },
      async (request, reply) => {
        const principal = requirePrincipal(request);
        const { expectedVersion, command } = unwrap(parseDetainerCommand(request.body as unknown));
        const view = unwrap(await recordEvent(lifecycle, principal, request.params.id, expectedVersion, command));
        return reply.code(201).send(detainerViewJson(view, library));
      },
    );

    app.post(
      '/detainers/:id/identity-resolution',
      {
        schema: {
          tags: ['detainers'],
          summary: "Resolve a detainer's identity conflict (staff)",
          description:
            'When a request named a reference already on file with other personal details, both are kept and the ' +
            'difference is flagged (identityConflict in the detainer view). Staff resolve it: keep-on-file, ' +
            'use-submitted (the submitted details replace the differing fields on file) or separate-person (the ' +
            'request concerns another person, recorded under the reference given). Recorded as an ' +
            'identity-resolved event in the hash-chained history. Answers the detainer as it is now. 409 ' +
            'IDENTITY.NO_OPEN_CONFLICT when there is nothing to resolve.',
          params: IdParams,
          body: IdentityResolutionBody,
          response: { 201: DetainerViewDto, ...errorResponses(400, 401, 403, 404, 409, 413, 415) },
        },
      },
      async (request, reply) => {
        const principal = requirePrincipal(request);
        const input = unwrap(parseIdentityResolution(request.body));
        const view = unwrap(await resolveIdentity(lifecycle, principal, request.params.id, input));
        return reply.code(201).send(detainerViewJson(view, library));
      },
    );

    app.get(
      '/identity-conflicts',
      {
        schema: {
          tags: ['detainers'],
          summary: "The agency's open identity conflicts, oldest first (staff)",
          description:
            'Requests whose submitted personal details differ from the record on file under the same reference. ' +
            'Items name the differing fields only; the values are in the detainer view (a recorded read).',
          querystring: IdentityConflictQuery,
          response: { 200: IdentityConflictPageDto, ...errorResponses(400, 401, 403) },
        },
      },
      async (request) => {
        const page = unwrap(await listIdentityConflicts(detainers, requirePrincipal(request), request.query));
        return {
          items: page.items.map((item) => ({
            detainerId: item.detainerId,
            subjectId: item.subjectId,
            reference: item.reference,
            fields: [...item.fields],
            detectedAt: item.detectedAt.toISOString(),
          })),
          total: page.total,
          limit: page.limit,
          offset: page.offset,
        };
      },
    );

    app.get(
      '/detainers/:id/notices/:noticeId',
      {
        schema: {
          tags: ['detainers'],
          summary: 'A notice served on the person, as the PDF that was served (the read is recorded)',
          params: NoticeParams,
          response: {
            200: {
              description: 'the PDF',
              content: { 'application/pdf': { schema: Type.Unsafe<Buffer>({ type: 'string', format: 'binary' }) } },
            },
            ...errorResponses(401, 403, 404),
          },
        },
      },
      async (request, reply) => {
        const principal = requirePrincipal(request);
        const notice = unwrap(await readNotice(lifecycle, principal, request.params.id, request.params.noticeId));
        return reply
          .type('application/pdf')
          .header('content-disposition', `attachment; filename="${noticeFileName(notice)}"`)
          .header('cache-control', 'no-store')
          .send(Buffer.from(notice.pdf));
      },
    );

    app.get(
      '/detainers/:id/notices/:noticeId/preview',
      {
        schema: {
          tags: ['detainers'],
          summary: 'A notice served on the person, as text in its language, to show in the page (the read is recorded)',
          description:
            'The same words as the PDF (GET the notice for the download), as blocks in the order the PDF prints them and ' +
            'as plain text, rendered from what was put into the PDF when it was served. A notice served before previews ' +
            'were kept answers 404 NOTICE.PREVIEW_UNAVAILABLE (its PDF is still there).',
          params: NoticeParams,
          response: { 200: NoticePreviewDto, ...errorResponses(401, 403, 404) },
        },
      },
      async (request) => {
        const principal = requirePrincipal(request);
        const { notice, preview } = unwrap(
          await previewNotice(lifecycle, principal, request.params.id, request.params.noticeId),
        );
        return {
          id: notice.id,
          kind: notice.kind,
          language: notice.language,
          locale: preview.locale,
          servedAt: notice.createdAt.toISOString(),
          pdfUrl: noticePath(notice.detainerId, notice.id),
          agencyName: preview.agencyName,
          facilityName: preview.facilityName,
          title: preview.title,
          subtitle: preview.subtitle,
          blocks: preview.blocks.map(blockJson),
          text: preview.text,
        };
      },
    );
  };
