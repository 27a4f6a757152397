/*
 * `npm run test:future`: the whole suite with every clock a year ahead (see shift-clock.cjs).
 * NODE_OPTIONS needs an absolute path: the tests start processes in other folders.
 */
'use strict';
const { spawnSync } = require('node:child_process');
const path = require('node:path');

const shim = path.join(__dirname, 'shift-clock.cjs');
const env = {
  ...process.env,
  BOARD_CLOCK_SHIFT_DAYS: process.env.BOARD_CLOCK_SHIFT_DAYS || '365',
  NODE_OPTIONS: `${process.env.NODE_OPTIONS || ''} --require ${JSON.stringify(shim)}`.trim(),
};
const jest = require.resolve('jest/bin/jest');
const run = spawnSync(process.execPath, [jest, ...process.argv.slice(2)], { stdio: 'inherit', env });
process.exit(run.status ?? 1);
