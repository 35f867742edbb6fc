#!/usr/bin/env node
// Write the evidence report for an existing cloud assembly:
//   npm run report [-- --assembly DIR] [--date YYYY-MM-DD] [--config FILE]
// --config names the deployment config file the assembly was synthesized with (printed in the report).
import { parseArgs } from 'node:util';
import { writeEvidenceReport } from '../lib/report';
import { configFileLabel, gitState } from '../lib/report/source';

const { values } = parseArgs({ options: { assembly: { type: 'string', default: 'cdk.out' }, date: { type: 'string' }, config: { type: 'string' } } });
if (values.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.date)) {
  process.stderr.write(`--date: must be YYYY-MM-DD (got ${values.date})\n`);
  process.exit(1);
}
try {
  const configFile = values.config === undefined ? undefined : configFileLabel(values.config);
  const { report, files } = writeEvidenceReport(values.assembly!, { date: values.date, configFile, ...gitState(process.cwd()) });
  const counts = Object.entries(report.statusCounts).map(([s, n]) => `${s} ${n}`).join(', ');
  process.stdout.write(`${files.join('\n')}\nchecklist: ${counts}; fixed monthly cost: USD ${report.cost.totalMonthlyUsd.toFixed(2)}\n`);
} catch (e) {
  process.stderr.write(`${(e as Error).message}\n`);
  process.exit(1);
}
