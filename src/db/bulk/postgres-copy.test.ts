import { describe, expect, it } from 'vitest';
import { copyText } from './postgres-copy.js';

describe('COPY text format', () => {
  it('writes null as \\N and numbers as digits', () => {
    expect(copyText(null)).toBe('\\N');
    expect(copyText(42)).toBe('42');
  });

  it('escapes backslash, tab, line feed and carriage return, and nothing else', () => {
    expect(copyText('JAIL 3, PA "EAST"')).toBe('JAIL 3, PA "EAST"');
    expect(copyText('a\\b\tc\nd\re')).toBe('a\\\\b\\tc\\nd\\re');
    expect(copyText('\\N')).toBe('\\\\N');
  });
});
