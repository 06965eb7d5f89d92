import { describe, expect, it } from 'vitest';
import { PROBLEM_KINDS } from '../../../src/core/shared/problem-kinds';
import { serverProblemText } from './problemText';

describe('serverProblemText: the server’s field problems in the reader’s language', () => {
  it('says every kind of the server in Spanish, not in the server’s English', () => {
    for (const kind of PROBLEM_KINDS) {
      const said = serverProblemText({ field: 'x', problem: 'the English', kind }, 'es');
      expect(said.lang, kind).toBe('es');
      expect(said.text, kind).not.toBe('the English');
    }
  });

  it('fills in the parameters: a range’s other field, the accepted values, a limit', () => {
    const range = { field: 'to', problem: 'is before from', kind: 'beforeStart', other: 'from' };
    expect(serverProblemText(range, 'es').text).toBe('no debe ser anterior al inicio del intervalo (from)');
    expect(serverProblemText(range, 'en').text).toBe('must not be before the start of the range (from)');
    const waiting = { field: 'dutyId', problem: '…', kind: 'dutyWaiting', allowed: ['subject.registrant'] };
    expect(serverProblemText(waiting, 'es').text).toBe(
      'corresponde a una obligación que espera datos que faltan (subject.registrant)',
    );
    expect(serverProblemText({ field: 'body', problem: '…', kind: 'maxDepth', limit: 64 }, 'es').text).toBe(
      'tiene más de 64 niveles de anidación',
    );
  });

  it('keeps the server’s English for a kind this app does not know yet', () => {
    expect(serverProblemText({ field: 'x', problem: 'is odd', kind: 'aLaterKind' }, 'es')).toEqual({
      text: 'is odd',
      lang: 'en',
    });
  });
});
