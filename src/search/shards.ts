import lunr from 'lunr';
import type { Db } from '../store/db';
import type { ActionView } from '../library/actions-view';
import { monthName } from '../extract/dates';
import { clearStaleBoards, saveShardPlan, shardPlan, staleBoards } from '../store/shard-state';
import { contentWords, indexText, stem } from './analyse';
import { CompactIndex, compactIndex } from './compact-index';
import type { Passage } from './passages';

export interface Shard {
  name: string;
  builtAt: string;
  passages: Passage[];
  index: CompactIndex;
  /** The words the passages use, by first letter, with their stems: for spotting typos. */
  wordsByInitial: Map<string, [string, string][]>;
  /** Misspellings already looked up in this shard. */
  corrections: Map<string, string[]>;
  /** Each passage's heading and text, lower case, words joined by single spaces: for phrase checks. */
  flat: string[];
  textBytes: number;
}

/** The words a passage is found by in its heading field: heading, title, and the meeting's month. */
function headingText(p: Passage): string {
  const when = p.meetingDate ? `${monthName(Number(p.meetingDate.slice(5, 7)))} ${p.meetingDate.slice(0, 4)}` : '';
  return indexText(`${p.heading} ${p.title} ${when}`);
}

/**
 * Builds one shard's index. Our own analysis (British spellings, possessives, a stop list that
 * keeps "May" and "not") runs before lunr, so lunr only stems; headings weigh double.
 */
export function buildIndex(passages: Passage[]): lunr.Index {
  return lunr(function () {
    this.pipeline.reset();
    this.searchPipeline.reset();
    this.pipeline.add(lunr.stemmer);
    this.searchPipeline.add(lunr.stemmer);
    this.ref('i');
    this.field('heading', { boost: 2 });
    this.field('body');
    passages.forEach((p, i) => this.add({ i: String(i), heading: headingText(p), body: indexText(p.text) }));
  });
}

/** Action passages: one per action, with its owners, status and due date in its words. */
export function actionPassages(actions: ActionView[]): Passage[] {
  return actions.map((a) => ({
    kind: 'actions' as const,
    board: a.board,
    document: a.document,
    title: `${a.boardName}${a.meetingDate ? `, ${a.meetingDate}` : ''}`,
    heading: a.ref ? `Action ${a.ref}` : 'Action',
    text: [
      a.text,
      a.owners.length ? `Owners: ${a.owners.map((o) => o.display).join(', ')}.` : '',
      // Not "overdue": that changes with the date, and the index is built once per ingest.
      `Status: ${a.status === 'done' ? 'done' : 'open'} (${a.state}).`,
      a.due ? `Due ${a.due}${a.dueText && a.dueText !== a.due ? ` (${a.dueText})` : ''}.` : a.dueText ? `Due: ${a.dueText}.` : '',
      a.progress ? `Progress: ${a.progress}` : '',
    ]
      .filter(Boolean)
      .join(' '),
    meetingDate: a.meetingDate,
    item: a.item,
  }));
}

/** A shard holds about this much passage text: small boards share one, a large board has its own. */
export const SHARD_TARGET_BYTES = 4 * 1048576;

/**
 * Which shard each board's passages go in. Boards smaller than the target share "pack" shards
 * (so one index, with one set of word weights, serves a library of small boards); a board at
 * least that large gets a shard to itself. A shard is loaded only when a question needs it.
 */
export function planShards(sizes: Map<string, number>): Record<string, string> {
  const plan: Record<string, string> = {};
  let pack = 0;
  let filled = 0;
  // Boards in key order fill packs up to the target, so a pack's make-up changes only when a
  // board before it grows or appears.
  for (const [board, n] of [...sizes.entries()].sort((a, b) => a[0].localeCompare(b[0]))) {
    if (n >= SHARD_TARGET_BYTES) {
      plan[board] = `board:${board}`;
      continue;
    }
    if (filled > 0 && filled + n > SHARD_TARGET_BYTES) {
      pack++;
      filled = 0;
    }
    plan[board] = `pack:${pack}`;
    filled += n;
  }
  return plan;
}

/**
 * Rebuilds the shards that hold boards an ingest touched (and any whose membership the plan
 * changed), all in one transaction: a reader sees the old indexes until the new ones are
 * committed, never a half-built one.
 */
export function rebuildStaleShards(db: Db, actions: () => ActionView[], now: string): string[] {
  const stale = staleBoards(db);
  if (!stale.length) return [];
  const all = actions();
  const sizes = new Map<string, number>();
  for (const r of db.prepare('SELECT board, sum(length(text)) AS n FROM passages GROUP BY board').all() as { board: string; n: number }[]) {
    sizes.set(r.board, r.n);
  }
  for (const a of all) sizes.set(a.board, (sizes.get(a.board) ?? 0) + a.text.length);
  const before = shardPlan(db);
  const plan = planShards(sizes);
  const touched = new Set<string>();
  for (const b of stale) if (plan[b]) touched.add(plan[b]!);
  for (const [b, shard] of Object.entries(plan)) if (before[b] !== shard) touched.add(shard);
  const existing = (db.prepare('SELECT shard FROM search_shards').all() as { shard: string }[]).map((r) => r.shard);
  const wanted = new Set(Object.values(plan));
  const passageQuery = db.prepare(
    `SELECT p.kind, p.board, d.name AS document, p.title, p.heading, p.text, p.meeting_date AS meetingDate, p.item
       FROM passages p JOIN documents d ON d.id = p.document_id
      WHERE p.board = ? ORDER BY d.name, p.seq`,
  );
  const upsert = db.prepare(
    `INSERT INTO search_shards (shard, built_at, passage_count, text_bytes, passages_json, index_json, words_json) VALUES (?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT(shard) DO UPDATE SET built_at = excluded.built_at, passage_count = excluded.passage_count, text_bytes = excluded.text_bytes,
       passages_json = excluded.passages_json, index_json = excluded.index_json, words_json = excluded.words_json`,
  );
  // A build is known by its time and a generation number, so two builds in the same millisecond
  // (or under a fixed test clock) are still told apart by the readers' caches.
  const generation = Number(db.prepare("SELECT value FROM meta WHERE key = 'index_generation'").pluck().get() ?? 0) + 1;
  const stamp = `${now}#${generation}`;
  db.transaction(() => {
    db.prepare("INSERT INTO meta (key, value) VALUES ('index_generation', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value").run(String(generation));
    for (const shard of touched) {
      const boards = Object.keys(plan).filter((b) => plan[b] === shard).sort();
      const passages = boards.flatMap((b) => [...(passageQuery.all(b) as Passage[]), ...actionPassages(all.filter((a) => a.board === b))]);
      if (!passages.length) continue;
      const textBytes = passages.reduce((n, p) => n + Buffer.byteLength(p.text), 0);
      upsert.run(shard, stamp, passages.length, textBytes, JSON.stringify(passages), JSON.stringify(buildIndex(passages)), JSON.stringify(typoWords(passages)));
    }
    for (const s of existing) if (!wanted.has(s)) db.prepare('DELETE FROM search_shards WHERE shard = ?').run(s);
    saveShardPlan(db, plan);
    clearStaleBoards(db);
  })();
  return [...touched];
}

/** The words the passages use (with their stems), against which misspellings are corrected. */
function typoWords(passages: Passage[]): [string, string][] {
  const seen = new Map<string, string>();
  for (const p of passages) {
    for (const w of contentWords(`${p.heading} ${p.text}`)) {
      if (w.length < 4 || /\d/.test(w) || seen.has(w)) continue;
      seen.set(w, stem(w));
    }
  }
  return [...seen.entries()];
}

function byInitial(words: [string, string][]): Map<string, [string, string][]> {
  const out = new Map<string, [string, string][]>();
  for (const entry of words) {
    const list = out.get(entry[0][0]!);
    if (list) list.push(entry);
    else out.set(entry[0][0]!, [entry]);
  }
  return out;
}

/**
 * Loads shards on first use and keeps the most recently used ones, up to a budget of indexed
 * text, so a council's whole archive never sits in memory at once.
 */
export class ShardCache {
  private readonly loaded = new Map<string, Shard>();

  constructor(
    private readonly db: Db,
    private readonly budgetBytes: number,
  ) {}

  /** The shards that exist, with when each was built; only those holding the given boards when asked. */
  list(boards?: string[]): { shard: string; builtAt: string; textBytes: number }[] {
    const all = this.db.prepare('SELECT shard, built_at AS builtAt, text_bytes AS textBytes FROM search_shards ORDER BY shard').all() as { shard: string; builtAt: string; textBytes: number }[];
    if (!boards) return all;
    const plan = shardPlan(this.db);
    const wanted = new Set(boards.map((b) => plan[b]).filter(Boolean));
    return all.filter((s) => wanted.has(s.shard));
  }

  get(name: string, builtAt: string): Shard | null {
    const cached = this.loaded.get(name);
    if (cached && cached.builtAt === builtAt) {
      this.loaded.delete(name);
      this.loaded.set(name, cached);
      return cached;
    }
    const row = this.db.prepare('SELECT built_at, text_bytes, passages_json, index_json, words_json FROM search_shards WHERE shard = ?').get(name) as
      | { built_at: string; text_bytes: number; passages_json: string; index_json: string; words_json: string }
      | undefined;
    if (!row) return null;
    const passages = JSON.parse(row.passages_json) as Passage[];
    const shard: Shard = {
      name,
      builtAt: row.built_at,
      passages,
      index: compactIndex(JSON.parse(row.index_json), passages.length),
      wordsByInitial: byInitial(JSON.parse(row.words_json) as [string, string][]),
      corrections: new Map(),
      // Built by replace() alone so each is one flat string (a concatenation would be a rope that
      // V8 flattens on first search, on the query's time).
      flat: passages.map((p) => `${p.heading}\n${p.text}`.toLowerCase().replace(/['’]s\b/g, '').replace(/[^a-z0-9]+/g, ' ').trim()),
      textBytes: row.text_bytes,
    };
    this.loaded.delete(name);
    this.loaded.set(name, shard);
    this.evict();
    return shard;
  }

  private evict(): void {
    let total = [...this.loaded.values()].reduce((n, s) => n + s.textBytes, 0);
    for (const [name, s] of this.loaded) {
      if (total <= this.budgetBytes || this.loaded.size <= 1) break;
      this.loaded.delete(name);
      total -= s.textBytes;
    }
  }
}
