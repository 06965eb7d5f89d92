import { readFileSync } from 'node:fs';

/** The version in package.json; the same relative path works from src/ and from dist/. */
export function packageVersion(): string {
  const url = new URL('../../package.json', import.meta.url);
  return (JSON.parse(readFileSync(url, 'utf8')) as { version: string }).version;
}

export const WEB_ROOT = new URL('../../dist/web/', import.meta.url).pathname;
