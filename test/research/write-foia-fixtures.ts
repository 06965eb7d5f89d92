/** `npm run -s fixtures:foia -- DIR`: writes the synthetic per-layout fixtures (foia-fixtures.ts) into DIR. */
import { writeFoiaFixtures } from './foia-fixtures.js';

const dir = process.argv[2];
if (!dir) {
  process.stderr.write('usage: npm run -s fixtures:foia -- DIR\n');
  process.exit(2);
}
for (const f of await writeFoiaFixtures(dir)) process.stdout.write(`${f.layout}\t${dir}/${f.file}\n`);
