import type { IsoDate } from '../extract/dates';
import type { Store } from '../store/repositories';
import { compactIndex } from './compact-index';
import type { Passage } from './passages';
import { buildShard, type BuiltShard, type LoadedShard, loadedShard } from './shard-build';

export { buildIndex } from './shard-build';

export interface Shard extends LoadedShard {
  name: string;
  builtAt: string;
  /** Misspellings already looked up in this shard. */
  corrections: Map<string, string[]>;
}

/**
 * What search needs of an action (src/library's ActionView has these and more; search sits below
 * the library, so it names only what it reads).
 */
export interface IndexedAction {
  board: string;
  boardName: string;
  document: string;
  meetingDate: IsoDate | null;
  ref: string | null;
  text: string;
  owners: { display: string }[];
  status: string;
  state: string;
  due: IsoDate | null;
  dueText: string | null;
  progress: string | null;
  item: string | null;
}

/** Action passages: one per action, with its owners, status and due date in its words. */
export function actionPassages(actions: IndexedAction[]): Passage[] {
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

/** What a rebuild will do, read from the database on the main thread (cheap next to the build). */
export interface RebuildPlan {
  /** The stale marks this rebuild answers (see staleSnapshot). */
  staleSeq: number;
  plan: Record<string, string>;
  jobs: { shard: string; passages: Passage[]; builtAtBefore: string | null }[];
  drop: string[];
}

/**
 * Works out which shards hold boards an ingest or an update touched (and any whose membership
 * the plan changed), and gathers their passages. Null when the index is already current.
 */
export async function planRebuild(store: Store, actions: () => Promise<IndexedAction[]>): Promise<RebuildPlan | null> {
  const stale = await store.shards.staleSnapshot();
  if (!stale.boards.length) return null;
  const all = await actions();
  const sizes = new Map<string, number>();
  for (const r of await store.shards.passageSizes()) {
    sizes.set(r.board, r.n);
  }
  for (const a of all) sizes.set(a.board, (sizes.get(a.board) ?? 0) + a.text.length);
  const before = await store.shards.plan();
  const plan = planShards(sizes);
  const touched = new Set<string>();
  for (const b of stale.boards) if (plan[b]) touched.add(plan[b]!);
  for (const [b, shard] of Object.entries(plan)) if (before[b] !== shard) touched.add(shard);
  const existing = await store.shards.builtAt();
  const wanted = new Set(Object.values(plan));
  const jobs: RebuildPlan['jobs'] = [];
  for (const shard of touched) {
    const boards = Object.keys(plan)
      .filter((b) => plan[b] === shard)
      .sort();
    const passages: Passage[] = [];
    for (const b of boards) passages.push(...((await store.shards.passagesOf(b)) as Passage[]), ...actionPassages(all.filter((a) => a.board === b)));
    jobs.push({ shard, passages, builtAtBefore: existing.get(shard) ?? null });
  }
  return { staleSeq: stale.seq, plan, jobs, drop: [...existing.keys()].filter((s) => !wanted.has(s)) };
}

/**
 * Swaps the built shards in, in one short transaction: a reader sees the old indexes until it
 * commits, never a half-built one. A shard some other process rebuilt meanwhile is left as that
 * process wrote it, and the stale marks are cleared only if nothing was marked since the plan was
 * made; otherwise the caller goes round again. Returns whether the index is now current.
 */
export function commitRebuild(
  store: Store,
  plan: RebuildPlan,
  built: Map<string, BuiltShard>,
  now: string,
): Promise<{ current: boolean; stamp: string; written: string[] }> {
  const write = plan.jobs.flatMap((job) => {
    const shard = built.get(job.shard);
    if (!shard || !job.passages.length) return [];
    const textBytes = job.passages.reduce((n, p) => n + Buffer.byteLength(p.text), 0);
    const { passagesJson, indexJson, wordsJson } = shard;
    return [{ shard: job.shard, builtAtBefore: job.builtAtBefore, passageCount: job.passages.length, textBytes, passagesJson, indexJson, wordsJson }];
  });
  return store.shards.commit(write, plan.drop, plan.plan, plan.staleSeq, now);
}

/** Plans, builds and commits on the calling thread (benchmarks, and a last resort; see IndexRefresher). */
export async function rebuildStaleShards(store: Store, actions: () => Promise<IndexedAction[]>, now: string): Promise<string[]> {
  const plan = await planRebuild(store, actions);
  if (!plan) return [];
  await commitRebuild(store, plan, new Map(plan.jobs.map((j) => [j.shard, buildShard(j.passages)])), now);
  return plan.jobs.map((j) => j.shard);
}

/**
 * Loads shards on first use and keeps the most recently used ones, up to a budget of indexed
 * text, so a council's whole archive never sits in memory at once.
 */
export class ShardCache {
  private readonly loaded = new Map<string, Shard>();

  constructor(
    private readonly store: Store,
    private readonly budgetBytes: number,
  ) {}

  /** The shards that exist, with when each was built; only those holding the given boards when asked. */
  async list(boards?: string[]): Promise<{ shard: string; builtAt: string; textBytes: number }[]> {
    const all = await this.store.shards.list();
    if (!boards) return all;
    const plan = await this.store.shards.plan();
    const wanted = new Set(boards.map((b) => plan[b]).filter(Boolean));
    return all.filter((s) => wanted.has(s.shard));
  }

  async get(name: string, builtAt: string): Promise<Shard | null> {
    const cached = this.loaded.get(name);
    if (cached && cached.builtAt === builtAt) {
      this.loaded.delete(name);
      this.loaded.set(name, cached);
      return cached;
    }
    const row = await this.store.shards.load(name);
    if (!row) return null;
    const passages = JSON.parse(row.passages_json) as Passage[];
    const loaded = loadedShard(
      passages,
      compactIndex(JSON.parse(row.index_json), passages.length),
      JSON.parse(row.words_json) as [string, string][],
      row.text_bytes,
    );
    return this.put(name, row.built_at, loaded);
  }

  /** Keeps a shard this process has just built and committed, so no member's search has to load it. */
  put(name: string, builtAt: string, loaded: LoadedShard): Shard {
    const shard: Shard = { ...loaded, name, builtAt, corrections: new Map() };
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
