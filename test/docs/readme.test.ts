import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONFIG_VARIABLES } from '../../src/config/config.js';
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
    for (const command of ['serve', 'migrate', 'seed', 'agencies list', 'users add', 'users list', 'tokens create']) {
      expect(readme).toContain(`\`${command}`);
    }
    for (const code of [
      '`0` ok',
      '`2` bad arguments',
      '`3` not found',
      '`4` conflict',
      '`69` database',
      '`78` invalid',
    ]) {
      expect(readme).toContain(code);
    }
  });

  it('points at the one closed list of error codes', () => {
    expect(Object.keys(HTTP_STATUS).length).toBeGreaterThan(10);
    expect(readme).toContain('src/server/errors/error-codes.ts');
  });
});
