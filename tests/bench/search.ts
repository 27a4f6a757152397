import { fork } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

import Database from 'better-sqlite3';
import lunr from 'lunr';

import { fixedClock } from '../../src/clock';
import { readConfig } from '../../src/config';
import { ingestPaths } from '../../src/library/ingest';
import { Library } from '../../src/library/library';
import { OPERATOR } from '../../src/library/scope';
import type { Passage } from '../../src/search/passages';
import { Found, LabelledQuestion, score } from '../helpers/search-eval';
import { syntheticLibrary } from './synthetic';

const ROOT = path.resolve(__dirname, '../../..');
const CORPUS = path.resolve(ROOT, '../shared/corpus');
const GOLD = path.join(ROOT, 'tests/gold');
const DOCS = ['000_894d964afa4623be.txt', '001_611570e858e957a4.txt', '002_9731488b56301238.txt', '004_8401099103566743.txt'];

function tempLibrary(today = '2018-01-15'): { library: Library; dir: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'board-bench-'));
  return {
    library: new Library(readConfig({ BOARD_DB: path.join(dir, 'board.db'), BOARD_TODAY: today, BOARD_SEARCH_CACHE_MB: '64' }), fixedClock(today)),
    dir,
  };
}

function allPassages(library: Library): Passage[] {
  const rows = library.db.prepare('SELECT passages_json FROM search_shards').all() as { passages_json: string }[];
  return rows.flatMap((r) => JSON.parse(r.passages_json) as Passage[]);
}

/** Plain lunr as its documentation shows it: default pipeline, the raw question into idx.search(). */
export function plainLunr(passages: Passage[]): (q: string) => Found[] {
  const idx = lunr(function () {
    this.ref('i');
    this.field('text');
    passages.forEach((p, i) => this.add({ i: String(i), text: `${p.heading}\n${p.text}` }));
  });
  return (q) => {
    try {
      return idx.search(q).map((r) => passages[Number(r.ref)]!);
    } catch {
      return []; // lunr throws on "level 3:", "10:30am", "-"...
    }
  };
}

/** SQLite FTS5 with bm25() over the same passages; the question's words OR-ed together. */
export function fts5(passages: Passage[]): { search: (q: string) => Found[]; db: Database.Database } {
  const db = new Database(':memory:');
  db.exec("CREATE VIRTUAL TABLE p USING fts5(heading, text, tokenize = 'porter unicode61')");
  const insert = db.prepare('INSERT INTO p (rowid, heading, text) VALUES (?, ?, ?)');
  db.transaction(() => passages.forEach((p, i) => insert.run(i + 1, p.heading, p.text)))();
  const query = db.prepare('SELECT rowid FROM p WHERE p MATCH ? ORDER BY bm25(p) LIMIT 10');
  return {
    db,
    search: (q) => {
      const tokens = q.toLowerCase().match(/[a-z0-9]+/g) ?? [];
      if (!tokens.length) return [];
      const rows = query.all(tokens.map((t) => `"${t}"`).join(' OR ')) as { rowid: number }[];
      return rows.map((r) => passages[r.rowid - 1]!);
    },
  };
}

function row(cells: (string | number)[], widths: number[]): string {
  return cells.map((c, i) => String(c).padEnd(widths[i]!)).join('');
}

/** Recall@1, recall@3 and MRR for ours, plain lunr and FTS5 on the same labelled questions. */
export async function benchSearchQuality(): Promise<void> {
  const { library, dir } = tempLibrary();
  await library.ingest(DOCS.map((d) => path.join(CORPUS, d)));
  const passages = allPassages(library);
  const systems: [string, (q: string) => Found[] | Promise<Found[]>][] = [
    ['ours (library.search)', async (q) => await library.search(OPERATOR, q, { limit: 10 })],
    ['plain lunr idx.search()', plainLunr(passages)],
    ['SQLite FTS5 bm25()', fts5(passages).search],
  ];
  console.log(`${passages.length} passages from ${DOCS.length} corpus documents`);
  for (const [label, file] of [
    ['labelled questions', 'questions.json'],
    ['second labelled set', 'questions-dev.json'],
    ['held-out questions (never tuned on)', 'questions-holdout.json'],
  ]) {
    const questions = JSON.parse(fs.readFileSync(path.join(GOLD, file!), 'utf8')) as LabelledQuestion[];
    console.log(`\n${label} (${questions.length})`);
    const w = [28, 12, 12, 8];
    console.log(row(['system', 'recall@1', 'recall@3', 'MRR'], w));
    for (const [name, search] of systems) {
      const s = await score(questions, search);
      console.log(row([name, s.recallAt1.toFixed(3), s.recallAt3.toFixed(3), s.mrr.toFixed(3)], w));
    }
  }
  library.close();
  fs.rmSync(dir, { recursive: true, force: true });
}

const WARM_UP = ['what did we say about neglect and early help?', 'safegaurding referals', 'MASH', 'board attendance'];

const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? 0;
};

async function timeQueries(queries: string[], run: (q: string) => unknown): Promise<{ p50: number; p99: number; max: number }> {
  const times: number[] = [];
  for (const q of queries) {
    const t = performance.now();
    await run(q);
    times.push(performance.now() - t);
  }
  return { p50: percentile(times, 50), p99: percentile(times, 99), max: Math.max(...times) };
}

function peakRss(): () => number {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  timer.unref();
  return () => {
    clearInterval(timer);
    return Math.max(peak, process.memoryUsage().rss) / 1048576;
  };
}

/** One engine at one size, in its own process so that its memory is its own. */
export async function searchSpeedChild(engine: string, megabytes: number): Promise<Record<string, number | string>> {
  const started = performance.now();
  const phase = (name: string) => process.stderr.write(`  [${engine} ${megabytes} MB] ${((performance.now() - started) / 1000).toFixed(1)} s: ${name}\n`);
  const lib = syntheticLibrary(megabytes);
  phase('library generated');
  const { library, dir } = tempLibrary('2026-11-24');
  const docs = path.join(dir, 'docs');
  fs.mkdirSync(docs);
  for (const f of lib.files) fs.writeFileSync(path.join(docs, f.name), f.text);
  const textMb = lib.files.reduce((n, f) => n + Buffer.byteLength(f.text), 0) / 1048576;
  // Ingest without the index, so that building it can be timed on its own.
  await ingestPaths([docs], { store: library.store, limits: { maxFileBytes: 64 * 1048576, pdfTimeoutMs: 60000 }, now: () => new Date().toISOString() });
  phase('ingested');
  let t = performance.now();
  await library.refreshIndex();
  const buildS = Number(((performance.now() - t) / 1000).toFixed(2));
  phase('index built');
  const passages = allPassages(library);
  const boardKeys = (library.db.prepare('SELECT key FROM boards ORDER BY key').all() as { key: string }[]).map((b) => b.key);
  const out: Record<string, number | string> = { engine, textMb: Number(textMb.toFixed(1)), passages: passages.length };
  if (engine === 'ours') {
    out['buildS'] = buildS;
    out['shards'] = (library.db.prepare('SELECT count(*) AS n FROM search_shards').get() as { n: number }).n;
    library.close();
    // The build's garbage is not the queries' cost: collect it before measuring them.
    (globalThis as { gc?: () => void }).gc?.();
    const rss = peakRss();
    // A member's questions go to their own board: the default cache budget holds it.
    let cold = new Library(readConfig({ BOARD_DB: path.join(dir, 'board.db'), BOARD_TODAY: '2026-11-24' }), fixedClock('2026-11-24'));
    const member = [boardKeys[0]!];
    t = performance.now();
    await cold.search(OPERATOR, 'safeguarding', { boards: member });
    out['loadOneBoardS'] = Number(((performance.now() - t) / 1000).toFixed(3));
    // Warm the JIT on a few questions of each shape (not the timed ones), then collect garbage.
    for (const q of WARM_UP) await cold.search(OPERATOR, q, { boards: member });
    (globalThis as { gc?: () => void }).gc?.();
    const board = await timeQueries(lib.queries, (q) => cold.search(OPERATOR, q, { boards: member, limit: 10 }));
    out['boardP50'] = board.p50;
    out['boardP99'] = board.p99;
    out['boardMax'] = board.max;
    out['boardRssMb'] = Math.round(process.memoryUsage().rss / 1048576);
    phase('board queries done');
    // Searching every board at once: a cache big enough to keep every shard loaded.
    cold.close();
    (globalThis as { gc?: () => void }).gc?.();
    cold = new Library(
      readConfig({ BOARD_DB: path.join(dir, 'board.db'), BOARD_TODAY: '2026-11-24', BOARD_SEARCH_CACHE_MB: String(Math.ceil(textMb) + 8) }),
      fixedClock('2026-11-24'),
    );
    t = performance.now();
    await cold.search(OPERATOR, 'safeguarding');
    out['loadAllS'] = Number(((performance.now() - t) / 1000).toFixed(3));
    (globalThis as { gc?: () => void }).gc?.();
    const wide = await timeQueries(lib.queries.slice(0, 100), (q) => cold.search(OPERATOR, q, { limit: 10 }));
    out['libraryP50'] = wide.p50;
    out['libraryP99'] = wide.p99;
    out['rssMb'] = Math.round(rss());
    phase('library-wide queries done');
    cold.close();
  } else if (engine === 'lunr') {
    library.close();
    (globalThis as { gc?: () => void }).gc?.();
    const rss = peakRss();
    t = performance.now();
    const search = plainLunr(passages);
    out['buildS'] = Number(((performance.now() - t) / 1000).toFixed(2));
    const q = await timeQueries(lib.queries, search);
    out['libraryP50'] = q.p50;
    out['libraryP99'] = q.p99;
    out['libraryMax'] = q.max;
    out['rssMb'] = Math.round(rss());
  } else {
    library.close();
    (globalThis as { gc?: () => void }).gc?.();
    const rss = peakRss();
    t = performance.now();
    const f = fts5(passages);
    out['buildS'] = Number(((performance.now() - t) / 1000).toFixed(2));
    const q = await timeQueries(lib.queries, f.search);
    out['libraryP50'] = q.p50;
    out['libraryP99'] = q.p99;
    out['libraryMax'] = q.max;
    out['rssMb'] = Math.round(rss());
  }
  fs.rmSync(dir, { recursive: true, force: true });
  for (const k of Object.keys(out)) if (typeof out[k] === 'number' && /P\d|Max/.test(k)) out[k] = Number((out[k] as number).toFixed(2));
  return out;
}

function runChild(engine: string, mb: number): Promise<Record<string, number | string>> {
  return new Promise((resolve, reject) => {
    const child = fork(path.join(__dirname, 'run.js'), ['search-speed-child', engine, String(mb)], {
      stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
      execArgv: ['--max-old-space-size=4096', '--expose-gc'],
    });
    let text = '';
    child.stdout!.on('data', (d) => (text += d));
    child.on('exit', (code) => {
      const last = text.trim().split('\n').pop() ?? '';
      try {
        resolve(JSON.parse(last) as Record<string, number | string>);
      } catch {
        reject(new Error(`${engine} ${mb} MB failed (exit ${code}): ${text.slice(-400)}`));
      }
    });
  });
}

/** Build, load, latency and memory at about 5 MB and 50 MB, for ours, FTS5 and lunr alone. */
export async function benchSearchSpeed(): Promise<void> {
  const sizes = (process.env['BENCH_SEARCH_MB'] ?? '5,50').split(',').map(Number);
  for (const mb of sizes) {
    const results: Record<string, Record<string, number | string>> = {};
    for (const engine of ['ours', 'fts5', 'lunr']) results[engine] = await runChild(engine, mb);
    const ours = results['ours']!;
    console.log(`\n~${mb} MB: ${ours['textMb']} MB of text, ${ours['passages']} passages, ${ours['shards']} shards`);
    console.log(
      `  ours : build ${ours['buildS']} s | one board: load ${ours['loadOneBoardS']} s, query p50 ${ours['boardP50']} ms p99 ${ours['boardP99']} ms (max ${ours['boardMax']}), RSS ${ours['boardRssMb']} MB`,
    );
    console.log(
      `         every board: load ${ours['loadAllS']} s, query p50 ${ours['libraryP50']} ms p99 ${ours['libraryP99']} ms, peak RSS ${ours['rssMb']} MB`,
    );
    for (const e of ['fts5', 'lunr']) {
      const r = results[e]!;
      console.log(
        `  ${e.padEnd(5)}: build ${r['buildS']} s | query p50 ${r['libraryP50']} ms p99 ${r['libraryP99']} ms (max ${r['libraryMax']}) | peak RSS ${r['rssMb']} MB`,
      );
    }
    const ratio = (a: unknown, b: unknown) => (Number(b) > 0 ? (Number(a) / Number(b)).toFixed(1) : 'n/a');
    console.log(
      `  ratios: ours board p99 / FTS5 p99 = ${ratio(ours['boardP99'], results['fts5']!['libraryP99'])}; lunr-alone p99 / ours board p99 = ${ratio(results['lunr']!['libraryP99'], ours['boardP99'])}; lunr-alone build / ours build = ${ratio(results['lunr']!['buildS'], ours['buildS'])}`,
    );
  }
}
