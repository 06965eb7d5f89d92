import { describe, expect, it } from 'vitest';
import { identityDifferences } from './identity.js';

const onFile = { fullName: 'Maria Example', birthDate: '1980-01-02', aNumber: 'A123456789' };

describe('identityDifferences (finding 1)', () => {
  it('finds no difference in the same details, written with other case or spacing', () => {
    expect(
      identityDifferences({ fullName: '  maria   EXAMPLE ', birthDate: '1980-01-02', aNumber: 'a123456789' }, onFile),
    ).toEqual([]);
  });

  it('names each field that says something else, in a fixed order', () => {
    expect(
      identityDifferences({ fullName: 'Other Person', birthDate: '1980-01-02', aNumber: 'A999999999' }, onFile),
    ).toEqual(['fullName', 'aNumber']);
  });

  it('takes a field left out as saying nothing, and a field the record lacks as a difference', () => {
    expect(identityDifferences({ fullName: null, birthDate: null, aNumber: '' }, onFile)).toEqual([]);
    expect(identityDifferences(onFile, { fullName: 'Maria Example', birthDate: null, aNumber: null })).toEqual([
      'birthDate',
      'aNumber',
    ]);
  });
});
