import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

/**
 * `npm test`: type check, formatting, lint, unit and integration tests, then end-to-end tests against a
 * production build. Every step runs even when an earlier one fails, so one run tells all;
 * the last line sums the tests: "N passed, N failed".
 */
interface Outcome {
  step: string;
  passed: number;
  failed: number;
}

const RESULTS = 'test-results';

function run(command: string, args: string[]): boolean {
  console.log(`\n▶ ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '1' } });
  return result.status === 0;
}

function readJson<T>(file: string): T | undefined {
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as T) : undefined;
}

function check(step: string, command: string, args: string[]): Outcome {
  const ok = run(command, args);
  return { step, passed: ok ? 1 : 0, failed: ok ? 0 : 1 };
}

function vitest(): Outcome {
  const report = `${RESULTS}/vitest.json`;
  const ok = run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`]);
  const json = readJson<{ numPassedTests: number; numFailedTests: number }>(report);
  if (!json) return { step: 'vitest', passed: 0, failed: 1 };
  return { step: 'vitest', passed: json.numPassedTests, failed: json.numFailedTests + (ok || json.numFailedTests ? 0 : 1) };
}

function playwright(): Outcome {
  const report = `${RESULTS}/e2e.json`;
  const ok = run('npx', ['playwright', 'test']);
  const json = readJson<{ stats: { expected: number; unexpected: number; flaky: number } }>(report);
  if (!json) return { step: 'playwright', passed: 0, failed: 1 };
  const { expected, unexpected, flaky } = json.stats;
  return { step: 'playwright', passed: expected + flaky, failed: unexpected + (ok || unexpected ? 0 : 1) };
}

rmSync(RESULTS, { recursive: true, force: true });
mkdirSync(RESULTS, { recursive: true });

const outcomes = [
  check('typecheck', 'npx', ['tsc', '--noEmit']),
  check('format', 'npx', ['prettier', '--check', '.']),
  check('lint', 'npx', ['eslint', '--max-warnings=0', '.']),
  vitest(),
  playwright(),
];

console.log('\nRésumé');
for (const { step, passed, failed } of outcomes) console.log(`  ${step.padEnd(12)} ${passed} passed, ${failed} failed`);
const passed = outcomes.reduce((sum, outcome) => sum + outcome.passed, 0);
const failed = outcomes.reduce((sum, outcome) => sum + outcome.failed, 0);
const summary = `${passed} passed, ${failed} failed`;
writeFileSync(`${RESULTS}/summary.txt`, `${summary}\n`);
console.log(summary);
process.exit(failed === 0 ? 0 : 1);
