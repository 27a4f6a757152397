import * as fs from 'node:fs';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';

import type { Store } from '../store/repositories';
import type { Passage } from './passages';
import type { BuiltShard, LoadedShard } from './shard-build';
import { commitRebuild, type IndexedAction, planRebuild } from './shards';

/** Builds one shard's stored form somewhere other than the calling thread. */
export type ShardBuilder = (passages: Passage[]) => Promise<BuiltShard>;

/**
 * Keeps the search index up to date without making anyone wait for it. A save or an upload
 * records its change (marking its board stale in the same transaction) and answers; `schedule()`
 * then plans the rebuild, has the worker build the shards, and swaps them in with one short
 * transaction. Readers use the old index until then. Saves that arrive during a build are
 * coalesced into one more round after it, however many there were. The stale marks live in the
 * database, so a process that dies between a save and its rebuild leaves them for the next start
 * or the next search to pick up: the index is never stale for good.
 */
/** A rebuild starts once saves have paused this long… */
const QUIET_MS = 400;
/** …or this long after the first save that wanted it, whichever is sooner. */
const MAX_DELAY_MS = 3000;

export class IndexRefresher {
  private running: Promise<void> | null = null;
  private again = false;
  private closed = false;
  private timer: NodeJS.Timeout | null = null;
  private firstAsked = 0;

  constructor(
    private readonly store: Store,
    private readonly actions: () => Promise<IndexedAction[]>,
    private readonly now: () => string,
    /** Hands each shard swapped in to the search's cache, built and loaded. */
    private readonly onSwap: (shard: string, builtAt: string, loaded: LoadedShard) => void = () => undefined,
    private readonly build: ShardBuilder = buildInWorker,
    private readonly onError: (err: unknown) => void = () => undefined,
  ) {}

  /**
   * Asks for the index to be brought up to date: once saves pause (a burst of them costs one
   * rebuild, not one each), or one more round after a build already under way.
   */
  schedule(): void {
    if (this.closed) return;
    if (this.running) {
      this.again = true;
      return;
    }
    const now = Date.now();
    if (this.timer) clearTimeout(this.timer);
    else this.firstAsked = now;
    this.timer = setTimeout(() => this.start(), Math.max(0, Math.min(QUIET_MS, this.firstAsked + MAX_DELAY_MS - now)));
    this.timer.unref();
  }

  private start(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (this.running || this.closed) return;
    this.running = this.rounds().finally(() => {
      this.running = null;
    });
  }

  /** Resolves once the index reflects everything recorded so far (the command line waits for this). */
  async current(): Promise<void> {
    // Bounded: a build that keeps failing (reported through onError) must not hang the caller.
    for (let i = 0; i < 5 && !this.closed; i++) {
      if (!this.running) {
        if (!(await this.store.shards.staleBoards()).length) return;
        this.start();
      }
      await this.running;
    }
  }

  /** Whether the index may be behind what is recorded (a rebuild is due or under way). */
  async behind(): Promise<boolean> {
    return this.running !== null || this.timer !== null || (await this.store.shards.staleBoards()).length > 0;
  }

  close(): void {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private async rounds(): Promise<void> {
    do {
      this.again = false;
      try {
        if (!(await this.round())) this.again = true;
      } catch (err) {
        this.onError(err);
        return;
      }
      // More saves came during the build: let them finish too before the next round.
      if (this.again) await new Promise((r) => setTimeout(r, QUIET_MS));
    } while (this.again && !this.closed);
  }

  /** One plan–build–commit; false when something changed meanwhile and another round is needed. */
  private async round(): Promise<boolean> {
    if (this.closed) return true;
    const plan = await planRebuild(this.store, this.actions);
    if (!plan) return true;
    const built = new Map<string, BuiltShard>();
    for (const job of plan.jobs) if (job.passages.length) built.set(job.shard, await this.build(job.passages));
    if (this.closed) return true;
    const done = await commitRebuild(this.store, plan, built, this.now());
    for (const shard of done.written) this.onSwap(shard, done.stamp, built.get(shard)!.loaded);
    return done.current;
  }
}

/**
 * One worker thread per process builds shards, one at a time; it holds the process open only
 * while it has work. If it dies (out of memory on a huge shard) the job fails, the board stays
 * marked stale, and the next request for a rebuild starts a new worker.
 */
class IndexWorker {
  private worker: Worker | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (b: BuiltShard) => void; reject: (e: Error) => void }>();

  build(passages: Passage[]): Promise<BuiltShard> {
    const worker = this.worker ?? this.start();
    const id = this.nextId++;
    worker.ref();
    return new Promise<BuiltShard>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.postMessage({ id, passages });
    });
  }

  private start(): Worker {
    const worker = startWorker();
    worker.unref();
    worker.on('message', (m: { id: number; ok: boolean; built?: BuiltShard; message?: string }) => {
      const job = this.pending.get(m.id);
      this.pending.delete(m.id);
      if (!this.pending.size) worker.unref();
      if (m.ok && m.built) job?.resolve(m.built);
      else job?.reject(new Error(`the search index could not be rebuilt (${m.message ?? 'unknown error'})`));
    });
    const fail = (err: Error) => {
      if (this.worker === worker) this.worker = null;
      for (const job of this.pending.values()) job.reject(new Error(`the search index worker stopped (${err.message})`));
      this.pending.clear();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`exit ${code}`)));
    this.worker = worker;
    return worker;
  }
}

/**
 * The compiled worker beside this file; when running from the TypeScript sources (the tests),
 * esbuild — a development dependency, never needed by the built program — bundles it on the fly.
 */
function startWorker(): Worker {
  const compiled = path.join(__dirname, 'index-worker.js');
  if (fs.existsSync(compiled)) return new Worker(compiled);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const esbuild = require('esbuild') as typeof import('esbuild');
  const bundled = esbuild.buildSync({
    entryPoints: [path.join(__dirname, 'index-worker.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    write: false,
    logLevel: 'silent',
  });
  return new Worker(bundled.outputFiles[0]!.text, { eval: true });
}

let shared: IndexWorker | null = null;

function buildInWorker(passages: Passage[]): Promise<BuiltShard> {
  shared ??= new IndexWorker();
  return shared.build(passages);
}
