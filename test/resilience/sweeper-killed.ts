import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Cluster } from './cluster';
import { startProcess } from './processes';
import type { Report } from './report';

const TEST_FILE = 'lib/server/sla/sweep-clocks.int.test.ts';

/**
 * The sweeper killed mid-batch is proven by integration tests (a batch that throws half-way, and a
 * sweeper process killed with SIGKILL inside its transaction): they run here on the test's own
 * cluster, and their outcome is part of this report.
 */
export async function sweeperKilled({ cluster, logDir, report }: { cluster: Cluster; logDir: string; report: Report }) {
  report.begin('Balayeur des délais tué en plein lot');
  const output = path.join(logDir, 'sweeper-vitest.json');
  const run = startProcess(
    'balayeur-vitest',
    process.execPath,
    [
      path.join(path.dirname(require.resolve('vitest/package.json')), 'vitest.mjs'),
      'run',
      TEST_FILE,
      '-t',
      'killed',
      '--reporter=json',
      `--outputFile.json=${output}`,
    ],
    { env: { ...process.env, DATABASE_URL: cluster.url() }, logDir },
  );
  if (run.child.exitCode === null) await new Promise((resolve) => run.child.once('exit', resolve));
  await run.stop();
  report.fault('un lot du balayeur interrompu par une exception, un processus balayeur tué par SIGKILL dans sa transaction');
  let results: Array<{ title: string; status: string }> = [];
  try {
    const json = JSON.parse(readFileSync(output, 'utf8')) as { testResults: Array<{ assertionResults: Array<{ title: string; status: string }> }> };
    results = json.testResults.flatMap((file) => file.assertionResults).filter((test) => test.status !== 'skipped' && test.status !== 'pending');
  } catch {
    // No report: counted as a failure below.
  }
  if (results.length < 2) report.check(`${TEST_FILE} : les deux tests du balayeur tué ont tourné`, false, `${results.length} lancés`);
  for (const test of results) report.check(`${TEST_FILE} : ${test.title}`, test.status === 'passed');
}
