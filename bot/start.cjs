#!/usr/bin/env node
/*
 * `npm start`. The server is compiled TypeScript in dist/, built by `npm ci` (or `npm run build`);
 * on a clone where that has not happened yet, say so in one line instead of Node's stack trace.
 */
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const main = path.join(__dirname, '..', 'dist', 'bot', 'main.js');
if (!fs.existsSync(main)) {
  process.stderr.write('board-assistant is not built yet: run `npm ci` first (it installs and builds), then `npm start`.\n');
  process.exit(1);
}
require(main);
