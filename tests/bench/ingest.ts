import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

import Database from 'better-sqlite3';

import { fixedClock } from '../../src/clock';
import { readConfig } from '../../src/config';
import { ingestPaths } from '../../src/library/ingest';
import { Library } from '../../src/library/library';
import { OPERATOR } from '../../src/library/scope';

const CORPUS = path.resolve(__dirname, '../../../../shared/corpus');
const SOURCES = ['000_894d964afa4623be.txt', '001_611570e858e957a4.txt', '002_9731488b56301238.txt', '004_8401099103566743.txt'];
const TARGET_MB = Number(process.env['BENCH_INGEST_MB'] ?? 20);
/** Issue 11: ingest must not drop below this many MB of text per second. */
const TARGET_MB_PER_S = 2;

/**
 * Ingest throughput on the shared corpus repeated to about 20 MB of text: each copy differs by
 * one line so that none is skipped as already ingested.
 */
export async function benchIngest(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'board-bench-'));
  const texts = SOURCES.map((s) => fs.readFileSync(path.join(CORPUS, s), 'utf8'));
  const perRound = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
  const rounds = Math.max(1, Math.ceil((TARGET_MB * 1048576) / perRound));
  const lib = path.join(dir, 'docs');
  fs.mkdirSync(lib);
  let bytes = 0;
  for (let r = 0; r < rounds; r++) {
    texts.forEach((t, i) => {
      const body = `${t}\nCopy ${r} for the ingest benchmark.\n`;
      bytes += Buffer.byteLength(body);
      fs.writeFileSync(path.join(lib, `${String(r).padStart(3, '0')}-${SOURCES[i]}`), body);
    });
  }
  const pdf = fs.readFileSync(path.join(CORPUS, 'renditions/000_894d964afa4623be.pdf'));
  const pdfDir = path.join(dir, 'pdf');
  fs.mkdirSync(pdfDir);
  for (let i = 0; i < 20; i++) fs.writeFileSync(path.join(pdfDir, `minutes-${i}.pdf`), Buffer.concat([pdf, Buffer.from(`\n% copy ${i}\n`)]));

  const config = readConfig({ BOARD_DB: path.join(dir, 'board.db'), BOARD_TODAY: '2018-01-15' });
  const library = new Library(config, fixedClock('2018-01-15'));
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);

  // Documents into the library, then the search index built once for the batch: timed apart.
  const deps = {
    store: library.store,
    limits: { maxFileBytes: 64 * 1048576, pdfTimeoutMs: 60000 },
    now: () => new Date().toISOString(),
    workers: config.ingestWorkers,
  };
  const baseline = baselineSeconds(lib, path.join(dir, 'baseline.db'));
  const load = os.loadavg()[0]!;
  // The same files on the main thread alone, into a library of their own: what the workers add.
  const single = await timedIngest(lib, new Library(readConfig({ BOARD_DB: path.join(dir, 'single.db') }), fixedClock('2018-01-15')), 0);
  const ingestPeak0 = process.memoryUsage().rss;
  peak = ingestPeak0;
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const report = await ingestPaths([lib], deps);
  const cpu = process.cpuUsage(cpu0);
  const seconds = (performance.now() - t0) / 1000;
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const ingestPeak = Math.max(peak, process.memoryUsage().rss);
  const ti = performance.now();
  await library.refreshIndex();
  const indexSeconds = (performance.now() - ti) / 1000;
  const docs = report.documents.length;
  const actions = report.documents.reduce((n, d) => n + d.actions, 0);

  const t1 = performance.now();
  const again = await ingestPaths([lib], deps);
  const unchangedSeconds = (performance.now() - t1) / 1000;

  const t2 = performance.now();
  const pdfReport = await ingestPaths([pdfDir], deps);
  const pdfSeconds = (performance.now() - t2) / 1000;
  await library.refreshIndex();

  const t3 = performance.now();
  const open = await library.actions(OPERATOR, { owner: 'Diane Booth' });
  const queryMs = performance.now() - t3;
  clearInterval(timer);

  const mb = bytes / 1048576;
  console.log(
    `text corpus: ${docs} documents, ${mb.toFixed(1)} MB of text (${rounds} copies of ${SOURCES.length} documents), ${actions} actions, ${report.errors.length} errors`,
  );
  const verdict = (rate: number) => (rate >= TARGET_MB_PER_S ? 'met' : 'NOT MET');
  console.log(`ingest throughput (issue 11: at least ${TARGET_MB_PER_S} MB/s of text):`);
  console.log(
    `  ${config.ingestWorkers} extraction workers (the default on ${os.cpus().length} cores): ${seconds.toFixed(1)} s  ->  ${(mb / seconds).toFixed(2)} MB/s  ` +
      `[${verdict(mb / seconds)}]  (${(docs / seconds).toFixed(1)} documents/s; load average ${load.toFixed(2)} when it began)`,
  );
  console.log(
    `  CPU time, every thread: ${cpuSeconds.toFixed(1)} s (${(mb / cpuSeconds).toFixed(2)} MB per CPU second; user ${(cpu.user / 1e6).toFixed(1)} s, system ${(cpu.system / 1e6).toFixed(1)} s)`,
  );
  console.log(
    `  main thread alone (BOARD_INGEST_WORKERS=0, as an upload is read): ${single.seconds.toFixed(1)} s  ->  ${(mb / single.seconds).toFixed(2)} MB/s; ` +
      `CPU ${single.cpuSeconds.toFixed(1)} s (${(mb / single.cpuSeconds).toFixed(2)} MB per CPU second)`,
  );
  console.log(
    `  baseline, same run (read, split into lines, store each line in SQLite): ${baseline.seconds.toFixed(1)} s wall, ${baseline.cpuSeconds.toFixed(1)} s CPU  ->  ` +
      `ingest takes ${(seconds / baseline.seconds).toFixed(1)}× its wall time with the workers, ${(single.cpuSeconds / baseline.cpuSeconds).toFixed(1)}× its CPU time on one thread`,
  );
  console.log(`  peak RSS during the ingest: ${(ingestPeak / 1048576).toFixed(0)} MB (${(ingestPeak0 / 1048576).toFixed(0)} MB before it)`);
  console.log(`search index for the batch: ${indexSeconds.toFixed(1)} s (built once after the documents are in)`);
  console.log(`re-ingest of unchanged files: ${unchangedSeconds.toFixed(1)} s (${again.documents.filter((d) => d.outcome === 'unchanged').length} unchanged)`);
  console.log(
    `pdf: ${pdfReport.documents.length} PDFs of ${(pdf.length / 1024).toFixed(0)} KB in ${pdfSeconds.toFixed(1)} s  ->  ${(pdfReport.documents.length / pdfSeconds).toFixed(1)} PDFs/s`,
  );
  console.log(`"my actions" for one member over the whole library: ${queryMs.toFixed(0)} ms (${open.length} actions)`);
  console.log(`peak RSS over the whole section (the search index build included): ${(peak / 1048576).toFixed(0)} MB`);
  library.close();
  fs.rmSync(dir, { recursive: true, force: true });
}

/** One ingest of `dir` into `library` (closed after), timed by the clock and by CPU. */
async function timedIngest(dir: string, library: Library, workers: number): Promise<{ seconds: number; cpuSeconds: number }> {
  const deps = { store: library.store, limits: { maxFileBytes: 64 * 1048576, pdfTimeoutMs: 60000 }, now: () => new Date().toISOString(), workers };
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  await ingestPaths([dir], deps);
  const cpu = process.cpuUsage(cpu0);
  const seconds = (performance.now() - t0) / 1000;
  library.close();
  return { seconds, cpuSeconds: (cpu.user + cpu.system) / 1e6 };
}

/**
 * The least any ingest must do with these files — read them, split them into lines and store the
 * lines in SQLite, a transaction per file — timed on the same machine in the same run, so the
 * ingest figure can be read as a ratio that does not depend on how fast or busy the machine is.
 */
function baselineSeconds(dir: string, dbPath: string): { seconds: number; cpuSeconds: number } {
  const db = new Database(dbPath);
  db.pragma('journal_mode = WAL');
  db.exec('CREATE TABLE line (file TEXT, n INTEGER, text TEXT)');
  const insert = db.prepare('INSERT INTO line (file, n, text) VALUES (?, ?, ?)');
  const storeFile = db.transaction((file: string, lines: string[]) => lines.forEach((text, n) => insert.run(file, n, text)));
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  for (const file of fs.readdirSync(dir)) storeFile(file, fs.readFileSync(path.join(dir, file), 'utf8').split(/\r?\n/));
  const cpu = process.cpuUsage(cpu0);
  const seconds = (performance.now() - t0) / 1000;
  db.close();
  return { seconds, cpuSeconds: (cpu.user + cpu.system) / 1e6 };
}
