import type { IntakeFormDto, IntakeReportDto } from '../types';
import { request } from './client';

/** The intake screens' endpoints (issue 11, point 5). */

/** The intake form's choices: the form catalogue, the agency's facilities and discretion, the body's JSON Schema. */
export const getIntakeForm = (signal?: AbortSignal) => request<IntakeFormDto>('GET', '/intake/form', { signal });

/** Bulk intake, checked only: what an upload would do with each row; nothing is written. */
export const checkDetainersCsv = (csv: string) =>
  request<IntakeReportDto>('POST', '/detainers/import', {
    query: { dryRun: true },
    text: { content: csv, contentType: 'text/csv' },
  });
