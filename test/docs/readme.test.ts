import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONFIG_VARIABLES } from '../../src/config/config.js';
import { EXIT } from '../../src/cli/exit-codes.js';
import { HTTP_STATUS } from '../../src/server/errors/error-codes.js';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

describe('the README stays true to the code', () => {
  it('documents every environment variable with its default', () => {
    for (const [name, { default: fallback }] of Object.entries(CONFIG_VARIABLES)) {
      const row = readme.split('\n').find((line) => new RegExp(`^\\|\\s*\`${name}\`\\s*\\|`).test(line));
      expect(row, name).toBeDefined();
      expect(row, name).toContain(fallback === '' ? '_(empty)_' : `\`${fallback}\``);
    }
  });

  it('shows the two commands a newcomer needs', () => {
    expect(readme).toContain('npm install && npm start');
    expect(readme).toContain('npm test');
  });

  it('lists every CLI command and exit code', () => {
    for (const command of [
      'serve',
      'migrate',
      'seed',
      'agencies list',
      'users add',
      'users list',
      'tokens create',
      'users disable',
      'users enable',
      'users unlock',
      'security-events list',
      'evaluate',
      'policy list',
      'policy show',
      'policy test',
      'policy lint',
      'audit verify',
      'audit reads',
    ]) {
      expect(readme).toContain(`\`${command}`);
    }
    for (const code of [
      '`0` ok',
      '`2` bad arguments',
      '`3` not found',
      '`4` conflict',
      '`69` database',
      '`78` invalid',
      '`6` a fact the\nlaw needs is missing',
    ]) {
      expect(readme.replace(/\s+/g, ' ')).toContain(code.replace(/\s+/g, ' '));
    }
    // Every exit code of the table, and no other, is listed.
    const line = readme.slice(readme.indexOf('Exit codes:'), readme.indexOf('## HTTP API'));
    const listed = [...line.matchAll(/`(\d+)`/g)].map((m) => Number(m[1]));
    expect(listed.sort((a, b) => a - b)).toEqual(Object.values(EXIT).sort((a, b) => a - b));
  });

  it('points at the one closed list of error codes', () => {
    expect(Object.keys(HTTP_STATUS).length).toBeGreaterThan(10);
    expect(readme).toContain('src/server/errors/error-codes.ts');
  });
});
