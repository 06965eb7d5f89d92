// `npm test`: the static checks (type checks, lint and format, import boundaries) run one after
// the other while vitest runs beside them, so the two cores are kept busy. Vitest's output streams
// as it comes; the checks' output is held and printed after it, each under its name, so the two
// never interleave. Fails (exit 1) if any check or any test fails. Arguments go to vitest
// (`npm test -- test/api`).
import { spawn } from 'node:child_process';

const CHECKS = ['typecheck', 'lint', 'check:boundaries'];
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** Runs a command; resolves with its exit code and, when captured, its output. */
function run(command, args, capture) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: capture ? ['ignore', 'pipe', 'pipe'] : 'inherit' });
    let output = '';
    if (capture) {
      child.stdout.on('data', (chunk) => (output += chunk));
      child.stderr.on('data', (chunk) => (output += chunk));
    }
    child.on('error', (error) => resolve({ code: 1, output: `${output}${error.message}\n` }));
    child.on('close', (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), output }));
  });
}

async function checks() {
  const results = [];
  for (const name of CHECKS) {
    const started = Date.now();
    const { code, output } = await run(npm, ['run', '--silent', name], true);
    results.push({ name, code, output, seconds: Math.round((Date.now() - started) / 1000) });
  }
  return results;
}

const [checked, tests] = await Promise.all([
  checks(),
  run(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', ...process.argv.slice(2)], false),
]);
for (const { name, code, output, seconds } of checked) {
  const verdict = code === 0 ? 'passed' : `FAILED (exit ${code})`;
  process.stdout.write(`\n── npm run ${name}: ${verdict} in ${seconds} s ──\n${output}`);
}
const failures = [
  ...checked.filter(({ code }) => code !== 0).map(({ name }) => `npm run ${name}`),
  ...(tests.code === 0 ? [] : ['vitest run']),
];
process.stdout.write(
  failures.length === 0
    ? `\nnpm test: every check and every test passed (${CHECKS.join(', ')}, vitest).\n`
    : `\nnpm test FAILED: ${failures.join(', ')}.\n`,
);
process.exitCode = failures.length === 0 ? 0 : 1;
