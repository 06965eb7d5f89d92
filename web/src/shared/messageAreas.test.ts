/**
 * Every page has its words when it first renders: the shell (everything main.tsx imports) uses only
 * the shell's words, and each lazy page (app/routes.tsx) only the shell's and its area's. Read from
 * the code: the static imports from each starting file, and in each file reached the texts that are
 * message keys (a literal key, a plural's base, or the fixed start of a key built from data).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { API_ERROR_MESSAGES } from './messages/apiErrors';
import { APP_MESSAGES } from './messages/app';
import { DESK_AREA_MESSAGES } from './messages/deskArea';
import type { Messages } from './messages/message';
import { PROBLEM_MESSAGES } from './messages/problems';
import { PUBLIC_AREA_MESSAGES } from './messages/publicArea';
import type { MessageArea } from './i18n';

const SRC = join(dirname(fileURLToPath(import.meta.url)), '..');
const SHELL = new Set(Object.keys({ ...APP_MESSAGES, ...API_ERROR_MESSAGES, ...PROBLEM_MESSAGES }));
const AREAS: Readonly<Record<MessageArea, Messages>> = { desk: DESK_AREA_MESSAGES, public: PUBLIC_AREA_MESSAGES };
const ALL_KEYS = [...SHELL, ...Object.values(AREAS).flatMap((m) => Object.keys(m))];
const KNOWN = new Set(ALL_KEYS);

function resolveImport(from: string, spec: string): string | null {
  if (!spec.startsWith('.') || /\.(css|json|svg)$/.test(spec)) return null;
  const base = join(dirname(from), spec.replace(/\.js$/, ''));
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')]) {
    if (existsSync(candidate) && /\.tsx?$/.test(candidate)) return candidate;
  }
  throw new Error(`${relative(SRC, from)} imports ${spec}, which does not resolve`);
}

/** Static, value imports only: `import type` and dynamic `import()` load nothing with the file. */
function staticImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const found: string[] = [];
  for (const match of text.matchAll(/^(?:import|export)\s+(type\s+)?(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm)) {
    if (match[1] !== undefined) continue;
    const resolved = resolveImport(file, match[2]!);
    if (resolved !== null) found.push(resolved);
  }
  return found;
}

function reachable(start: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    staticImports(file).forEach(visit);
  };
  visit(start);
  return seen;
}

/** The message keys a file's text names. */
function keysUsed(file: string): Set<string> {
  const text = readFileSync(file, 'utf8');
  const keys = new Set<string>();
  for (const match of text.matchAll(/(['"`])([A-Za-z][\w-]*(?:\.[\w-]+)+)\1/g)) {
    const literal = match[2]!;
    if (KNOWN.has(literal)) keys.add(literal);
    for (const form of ['one', 'other']) if (KNOWN.has(`${literal}.${form}`)) keys.add(`${literal}.${form}`);
  }
  for (const match of text.matchAll(/`([A-Za-z][\w-]*(?:\.[\w-]+)*\.)\$\{/g)) {
    for (const key of ALL_KEYS) if (key.startsWith(match[1]!)) keys.add(key);
  }
  return keys;
}

function missingWords(files: Iterable<string>, allowed: ReadonlySet<string>): string[] {
  const missing: string[] = [];
  for (const file of files) {
    if (file.includes('/messages/')) continue;
    for (const key of keysUsed(file)) if (!allowed.has(key)) missing.push(`${relative(SRC, file)}: ${key}`);
  }
  return missing;
}

/** The lazy pages of app/routes.tsx: `lazyPage('area', () => import('../features/…'))`. */
function lazyPages(): { area: MessageArea; file: string }[] {
  const routes = join(SRC, 'app/routes.tsx');
  const text = readFileSync(routes, 'utf8');
  return [...text.matchAll(/lazyPage\(\s*'(\w+)',\s*\(\)\s*=>\s*import\('([^']+)'\)/g)].map((m) => ({
    area: m[1] as MessageArea,
    file: resolveImport(routes, m[2]!)!,
  }));
}

describe('the words each page loads (i18n.ts areas)', () => {
  const shellFiles = reachable(join(SRC, 'main.tsx'));

  it('the shell uses only the shell’s words', () => {
    expect(shellFiles.size).toBeGreaterThan(10);
    expect(missingWords(shellFiles, SHELL)).toEqual([]);
  });

  it('finds every lazy page of the route table', () => {
    const pages = lazyPages();
    const lazyCalls = readFileSync(join(SRC, 'app/routes.tsx'), 'utf8').match(/= lazyPage\(/g) ?? [];
    expect(pages.length).toBe(lazyCalls.length);
    expect(pages.length).toBeGreaterThan(5);
  });

  for (const { area, file } of lazyPages()) {
    it(`${relative(SRC, file)} uses only the shell’s and the ${area} area’s words`, () => {
      const allowed = new Set([...SHELL, ...Object.keys(AREAS[area])]);
      expect(missingWords(reachable(file), allowed)).toEqual([]);
    });
  }

  it('reads a key the way the pages name them (so the check above can fail)', () => {
    const sample = join(SRC, 'features/detainers/DeskPage.tsx');
    expect(keysUsed(sample).size).toBeGreaterThan(0);
    expect(missingWords([sample], SHELL).length).toBeGreaterThan(0);
  });
});
