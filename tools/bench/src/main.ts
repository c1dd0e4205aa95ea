import 'reflect-metadata';
import path from 'node:path';
import { alertsSuite } from './alerts.suite';
import { exportSuite } from './export.suite';
import { heavySuite } from './heavy.suite';
import { ingestSuite } from './ingest.suite';
import { ocrSuite } from './ocr.suite';
import { machine, printTable, SuiteReport, writeReport } from './report';
import { searchSuite } from './search.suite';
import { SuiteContext } from './suite';

const SUITES: Record<string, (ctx: SuiteContext) => Promise<void>> = {
  ingest: ingestSuite,
  search: searchSuite,
  alerts: alertsSuite,
  export: exportSuite,
  ocr: ocrSuite,
  heavy: heavySuite,
};

async function run(root: string, suite: string): Promise<void> {
  const report: SuiteReport = {
    suite,
    command: `npm run bench -- ${suite}`,
    startedAt: new Date().toISOString(),
    machine: machine(),
    rows: [],
    notes: [],
  };
  process.stderr.write(`bench ${suite}: running…\n`);
  await SUITES[suite]({
    root,
    row: (values) => report.rows.push(values),
    note: (text) => {
      report.notes.push(text);
      process.stderr.write(`  ${text}\n`);
    },
  });
  printTable(`${suite} (${report.machine.cores} cores, ${report.machine.cpus})`, report.rows);
  for (const note of report.notes) process.stdout.write(`- ${note}\n`);
  process.stdout.write(`results: ${path.relative(root, writeReport(root, report))}\n`);
}

async function main(): Promise<void> {
  const root = path.resolve(__dirname, '..', '..', '..', '..');
  const requested = process.argv[2] ?? 'all';
  const names = requested === 'all' ? Object.keys(SUITES) : [requested];
  for (const name of names) {
    if (!SUITES[name]) {
      process.stderr.write(`unknown suite "${name}"; choose one of: ${[...Object.keys(SUITES), 'all'].join(', ')}\n`);
      process.exit(2);
    }
  }
  for (const name of names) await run(root, name);
  process.exit(0);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
