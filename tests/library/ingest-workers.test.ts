import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

import { CORPUS, CORPUS_DOCS, corpusFile, tempDir } from '../helpers/corpus';

/**
 * A batch ingest extracts its files on worker threads when it runs compiled (the command line, the
 * server): the library it leaves must be the one the main thread alone gives, bad files included.
 * Runs the compiled code in dist (built if missing), as the CLI tests do.
 */
const ROOT = path.resolve(__dirname, '../..');
const DIST = path.join(ROOT, 'dist/src');
type LibraryModule = typeof import('../../src/library/library');
type PoolModule = typeof import('../../src/library/extract-pool');

function compiled<T>(rel: string): T {
  if (!fs.existsSync(path.join(DIST, 'library/extract-worker.js'))) execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'ignore' });
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(path.join(DIST, rel)) as T;
}

test('a folder ingested on worker threads gives the same library as on one thread, bad files refused the same way', async () => {
  const { Library } = compiled<LibraryModule>('library/library.js');
  const { ExtractPool } = compiled<PoolModule>('library/extract-pool.js');
  const { readConfig } = compiled<typeof import('../../src/config')>('config.js');
  const { fixedClock } = compiled<typeof import('../../src/clock')>('clock.js');
  const { OPERATOR } = compiled<typeof import('../../src/library/scope')>('library/scope.js');

  const papers = tempDir();
  for (const name of CORPUS_DOCS) fs.copyFileSync(corpusFile(name), path.join(papers, name));
  fs.writeFileSync(path.join(papers, 'empty.txt'), '');
  fs.writeFileSync(path.join(papers, 'broken.pdf'), Buffer.from('%PDF-1.7\nthis is not the rest of a PDF file\n'));
  fs.writeFileSync(path.join(papers, 'broken.docx'), Buffer.from('PK\u0003\u0004 not really a Word file'));
  const real = path.join(CORPUS, 'real');

  // Counted, so that the test fails if the batch quietly ran on the main thread.
  let onWorkers = 0;
  const extract = ExtractPool.prototype.extract;
  ExtractPool.prototype.extract = function (this: import('../../src/library/extract-pool').ExtractPool, ...args: Parameters<typeof extract>) {
    onWorkers++;
    return extract.apply(this, args);
  };
  const libraryFor = async (workers: string) => {
    const dir = tempDir();
    const library = new Library(
      readConfig({ BOARD_DB: path.join(dir, 'board.db'), BOARD_TODAY: '2018-01-15', BOARD_INGEST_WORKERS: workers }),
      fixedClock('2018-01-15T10:00:00Z'),
    );
    try {
      const report = await library.ingest([papers, real]);
      return { report, actions: await library.actions(OPERATOR, {}), meetings: await library.meetings(OPERATOR) };
    } finally {
      library.close();
    }
  };
  try {
    const one = await libraryFor('0');
    expect(onWorkers).toBe(0);
    const two = await libraryFor('2');
    expect(onWorkers).toBe(one.report.documents.length + one.report.errors.length);

    expect(two.report.errors).toEqual(one.report.errors);
    expect(one.report.errors.map((e) => e.file).sort()).toEqual(['broken.docx', 'broken.pdf', 'empty.txt']);
    expect(two.report.documents).toEqual(one.report.documents);
    expect(one.actions.length).toBeGreaterThan(60);
    expect(two.actions).toEqual(one.actions);
    expect(two.meetings).toEqual(one.meetings);
  } finally {
    ExtractPool.prototype.extract = extract;
  }
}, 120000);
