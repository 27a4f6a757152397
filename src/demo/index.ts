import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * The demo library of a fictional board (our own words), ingested when `npm start` finds an
 * empty database. It lives beside this file in the source tree; the compiled code finds it there.
 */
export function demoLibraryPath(): string {
  const candidates = [path.join(__dirname, 'library'), path.resolve(__dirname, '../../../src/demo/library')];
  const found = candidates.find((c) => fs.existsSync(c));
  if (!found) throw new Error('the demo library folder (src/demo/library) is missing from this installation');
  return found;
}
