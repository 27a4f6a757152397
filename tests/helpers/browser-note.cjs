/*
 * jest globalTeardown: when Debian's Chromium is missing (and the run does not require it), the
 * browser suites skip; say once, at the end of the run, which ones and how to enable them.
 */
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const CHROMIUM = '/usr/bin/chromium';

module.exports = async function browserNote() {
  if (fs.existsSync(CHROMIUM) || process.env.BOARD_E2E === 'required') return;
  const dir = path.join(__dirname, '..', 'e2e');
  const suites = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.test.ts'))
    .map((f) => `tests/e2e/${f}`);
  process.stdout.write(`Skipped the browser suites (${suites.join(', ')}): ${CHROMIUM} is missing; run \`apt-get install chromium\` to enable them.\n`);
};
