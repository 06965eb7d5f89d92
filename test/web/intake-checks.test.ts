import { describe, expect, it } from 'vitest';
import { FORM_CATALOGUE } from '../../src/core/request/form-catalogue.js';
import { NewDetainerSchema } from '../../src/core/request/new-detainer.schema.js';
import { checkDraft, toBody, type Draft } from '../../web/src/features/intake/intakeDraft.js';
import type { JsonSchema } from '../../web/src/features/intake/intakeFields.js';
import { placeServerErrors } from '../../web/src/features/intake/serverErrors.js';
import { validateInput } from '../../src/core/shared/validate-input.js';

/** The schema as the browser receives it from GET /intake/form: JSON. */
const schema = JSON.parse(JSON.stringify(NewDetainerSchema)) as JsonSchema;
const ctx = { schema, catalogue: FORM_CATALOGUE, timeZone: 'America/Chicago', now: Date.parse('2026-12-05T15:00:00Z') };

const good: Draft = {
  form: 'I-247A',
  formEdition: '2017-02',
  warrant: 'administrative',
  probableCause: ['biometric-database'],
  issuedDate: '2026-11-28',
  issuedTime: '09:00',
  receivedDate: '2026-11-28',
  receivedTime: '09:30',
  issuingOffice: '',
  federalReference: 'EX-1',
  facilityId: '',
  subjectReference: 'BK-1',
  subjectFullName: '',
  subjectBirthDate: '',
  subjectANumber: '',
  document: null,
};

describe('client-side field checks, from the constraints of NewDetainerSchema', () => {
  it('a good draft has no problem, and its body passes the server schema', () => {
    expect(checkDraft(good, ctx)).toEqual({});
    const body = toBody(good, ctx.timeZone);
    expect(body).toMatchObject({ issuedAt: '2026-11-28T09:00:00-06:00', subject: { reference: 'BK-1' } });
    expect(validateInput(NewDetainerSchema, body).ok).toBe(true);
  });

  it('takes lengths, required fields and patterns from the schema', () => {
    const problems = checkDraft(
      {
        ...good,
        federalReference: 'X'.repeat(65),
        subjectReference: '  ',
        subjectFullName: 'a\u0007b',
        subjectANumber: 'B-12',
      },
      ctx,
    );
    expect(problems).toEqual({
      federalReference: { kind: 'tooLong', max: 64 },
      subjectReference: { kind: 'required' },
      subjectFullName: { kind: 'pattern' },
      subjectANumber: { kind: 'pattern' },
    });
    // The limit is the schema's: a schema with another limit gives another answer.
    const narrower = JSON.parse(JSON.stringify(schema).replace('"maxLength":64', '"maxLength":3')) as JsonSchema;
    expect(checkDraft({ ...good, federalReference: 'ABCD' }, { ...ctx, schema: narrower }).federalReference).toEqual({
      kind: 'tooLong',
      max: 3,
    });
  });

  it('checks what the server checks beyond the schema: times in the zone and in order, the edition, dates', () => {
    expect(checkDraft({ ...good, issuedDate: '', issuedTime: '' }, ctx)).toEqual({ issuedDate: { kind: 'required' } });
    expect(checkDraft({ ...good, issuedDate: '2026-03-08', issuedTime: '02:30' }, ctx)).toEqual({
      issuedTime: { kind: 'nonexistentTime' },
    });
    expect(checkDraft({ ...good, receivedDate: '2026-12-06' }, ctx).receivedDate).toEqual({ kind: 'future' });
    expect(checkDraft({ ...good, issuedTime: '11:00' }, ctx).issuedDate).toEqual({ kind: 'afterReceived' });
    expect(checkDraft({ ...good, issuedDate: '2015-06-01', receivedDate: '2015-06-01' }, ctx).issuedDate).toEqual({
      kind: 'beforeEdition',
      date: '2017-02-01',
    });
    expect(checkDraft({ ...good, form: 'I-247D', formEdition: '', issuedDate: '2026-11-28' }, ctx).issuedDate).toEqual({
      kind: 'editionNotInUse',
    });
    expect(checkDraft({ ...good, subjectBirthDate: '2027-01-01' }, ctx).subjectBirthDate).toEqual({ kind: 'notPast' });
    expect(checkDraft({ ...good, subjectANumber: 'A 123-456-789' }, ctx)).toEqual({});
  });
});

describe('server errors placed on the fields they name', () => {
  it('details.field and details.problem', () => {
    expect(placeServerErrors({ field: 'subject.reference', problem: 'must not be blank' }, 'x')).toEqual({
      fields: { subjectReference: 'must not be blank' },
      general: [],
    });
    expect(placeServerErrors({ field: 'facilityId' }, 'No facility with this id belongs to your agency.')).toEqual({
      fields: { facilityId: 'No facility with this id belongs to your agency.' },
      general: [],
    });
  });

  it('details.problems, with list items and instants placed on their field, the rest general', () => {
    expect(
      placeServerErrors(
        {
          problems: [
            { field: 'probableCause[1]', problem: 'must be one of ...' },
            { field: 'issuedAt', problem: 'is after receivedAt' },
            { field: 'body', problem: 'is too deep' },
          ],
        },
        'several fields are invalid',
      ),
    ).toEqual({
      fields: { probableCause: 'must be one of ...', issuedDate: 'is after receivedAt' },
      general: ['body: is too deep'],
    });
    expect(placeServerErrors({}, 'A request with this federal reference is already logged.').general).toEqual([
      'A request with this federal reference is already logged.',
    ]);
  });

  it('in Spanish by the problem’s kind and its parameters; a problem without a kind in the server’s English', () => {
    const details = {
      problems: [
        { field: 'subject.reference', problem: 'must be at most 40 characters', kind: 'maxLength', limit: 40 },
        { field: 'receivedAt', problem: 'is in the future', kind: 'future' },
        { field: 'facilityId', problem: 'names no facility of your agency', kind: 'notOurFacility' },
      ],
    };
    expect(placeServerErrors(details, 'x', 'es').fields).toEqual({
      subjectReference: 'debe tener como máximo 40 caracteres',
      receivedDate: 'está en el futuro',
      facilityId: 'no corresponde a ninguna instalación de su agencia',
    });
    // A kind this app does not know yet (a later server's): the server's English.
    const unkinded = { problems: [{ field: 'facilityId', problem: 'is not open today', kind: 'aKindOfALaterServer' }] };
    expect(placeServerErrors(unkinded, 'x', 'es').fields).toEqual({ facilityId: 'is not open today' });
  });
});

describe('the scanned request at intake', () => {
  const document = { sha256: 'e'.repeat(64), mediaType: 'application/pdf', bytes: 2048 };

  it('is sent as its fingerprint, and the body passes the server schema', () => {
    const body = toBody({ ...good, document }, ctx.timeZone);
    expect(body.document).toEqual(document);
    expect(validateInput(NewDetainerSchema, body).ok).toBe(true);
    expect(toBody(good, ctx.timeZone)).not.toHaveProperty('document');
  });

  it('refuses a file of a kind the schema does not list, or an empty one, at its field', () => {
    expect(checkDraft({ ...good, document: { ...document, mediaType: 'text/plain' } }, ctx)).toEqual({
      document: { kind: 'documentType' },
    });
    expect(checkDraft({ ...good, document: { ...document, bytes: 0 } }, ctx)).toEqual({
      document: { kind: 'documentEmpty' },
    });
  });

  it('places the server’s document errors on the file input', () => {
    const placed = placeServerErrors({ field: 'document.sha256', problem: 'must be a SHA-256 digest' }, 'bad');
    expect(placed.fields.document).toBe('must be a SHA-256 digest');
  });
});
