#!/usr/bin/env node
// The installed command: runs the compiled CLI. `npm run build` (or `npm start`) compiles it.
import { existsSync } from 'node:fs';

const entry = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write('detainer-desk is not built yet: run `npm run build` first (npm start does it too).\n');
  process.exit(1);
}
await import(entry.href);
