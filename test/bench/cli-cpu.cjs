#!/usr/bin/env node
/**
 * Runs the scan CLI's `npm run scan` entry (scripts/scan.cjs) in this process and, at exit, writes
 * the process's CPU time (user + system, all threads, in ms) as JSON to file descriptor 3, so the
 * CLI bench can report CPU beside wall time. Usage: node cli-cpu.cjs SCAN-ARGS...
 */
'use strict';
const fs = require('node:fs');
const path = require('node:path');

process.on('exit', () => {
  const { user, system } = process.cpuUsage();
  fs.writeSync(3, JSON.stringify({ cpuMs: (user + system) / 1000 }));
});
process.argv.splice(1, 1, path.join(__dirname, '..', '..', 'scripts', 'scan.cjs'));
require(process.argv[1]);
