import { describe, expect, it } from 'vitest';
import { validateNewDetainer, type NewDetainerInput } from './new-detainer.js';

const NOW = new Date('2026-11-29T12:00:00Z');
const base: NewDetainerInput = {
  form: 'I-247A',
  issuedAt: '2026-11-29T06:00:00-05:00',
  subject: { reference: ' BK-1 ' },
};

describe('validating a new detainer request', () => {
  it('fills defaults: receipt now, no warrant, the actions the form asks', () => {
    const result = validateNewDetainer(base, NOW);
    expect(result.ok && result.value).toMatchObject({
      receivedAt: NOW,
      warrant: 'none',
      probableCause: [],
      requestedActions: ['hold', 'notify', 'transfer'],
      formEdition: null,
      subject: { reference: 'BK-1', fullName: null, aNumber: null },
    });
  });

  it('asks for transfer only on an I-247X and notification only on an I-247N', () => {
    // Both are PEP forms, issued from 2015 until 2017-04-02 (form-catalogue.ts).
    const x = validateNewDetainer({ ...base, form: 'I-247X', issuedAt: '2016-03-01T06:00:00-05:00' }, NOW);
    const n = validateNewDetainer({ ...base, form: 'I-247N', issuedAt: '2016-03-01T06:00:00-05:00' }, NOW);
    expect(x.ok && x.value.requestedActions).toEqual(['transfer']);
    expect(n.ok && n.value.requestedActions).toEqual(['notify']);
  });

  it('normalises A-numbers to A plus digits', () => {
    const result = validateNewDetainer({ ...base, subject: { reference: 'x', aNumber: 'a 012-345-678' } }, NOW);
    expect(result.ok && result.value.subject.aNumber).toBe('A012345678');
  });

  it.each([
    ['issuedAt', { issuedAt: 'yesterday' }],
    ['issuedAt', { issuedAt: '2026-11-29T13:00:00Z', receivedAt: '2026-11-29T11:00:00Z' }],
    ['receivedAt', { receivedAt: '2026-11-29T12:30:00Z' }],
    ['receivedAt', { receivedAt: '2026-11-29T11:00:00' }],
    ['formEdition', { formEdition: '2017-13' }],
    ['probableCause', { probableCause: ['statements', 'statements'] }],
    ['subject.reference', { subject: { reference: '   ' } }],
    ['subject.birthDate', { subject: { reference: 'x', birthDate: '1990-02-30' } }],
    ['subject.birthDate', { subject: { reference: 'x', birthDate: '2030-01-01' } }],
    ['subject.aNumber', { subject: { reference: 'x', aNumber: 'A12' } }],
  ] as const)('rejects a bad %s', (field, change) => {
    const result = validateNewDetainer({ ...base, ...change } as NewDetainerInput, NOW);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.details).toMatchObject({ field });
  });

  it('names every problem, not only the first', () => {
    const result = validateNewDetainer(
      {
        ...base,
        formEdition: '2015',
        receivedAt: '2026-12-01T12:00:00Z',
        subject: { reference: 'x', birthDate: '2030-01-01', aNumber: 'A1234 567' },
      },
      NOW,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.details).toMatchObject({ field: 'receivedAt', problem: 'is in the future' });
    expect((result.error.details?.problems as Array<{ field: string }>).map((p) => p.field)).toEqual([
      'receivedAt',
      'formEdition',
      'subject.birthDate',
      'subject.aNumber',
    ]);
    expect(result.error.message).toBe('receivedAt: is in the future (and 3 more: see details.problems)');
  });

  it('accepts a receipt a few minutes ahead of our clock (clock drift)', () => {
    expect(validateNewDetainer({ ...base, receivedAt: '2026-11-29T12:04:00Z' }, NOW).ok).toBe(true);
  });

  it('never repeats the value in its message', () => {
    const result = validateNewDetainer({ ...base, subject: { reference: 'x', aNumber: 'A99-SECRET' } }, NOW);
    expect(!result.ok && result.error.message).not.toContain('SECRET');
  });
});
