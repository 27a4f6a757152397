import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';

import { BoardError, ErrorCode } from '../errors';
import type { ReaderLimits } from '../ingest/readers';
import { extractBytes, ExtractedFile } from './extract-bytes';

export interface ExtractJob {
  id: number;
  name: string;
  bytes: Uint8Array;
  limits: ReaderLimits;
}

export type ExtractReply = { id: number; file: ExtractedFile } | { id: number; error: { code: ErrorCode | null; message: string } };

interface Pending {
  job: ExtractJob;
  resolve: (file: ExtractedFile) => void;
  reject: (err: Error) => void;
}

interface Slot {
  worker: Worker;
  /** Sent and not answered: a worker is given its next file before it finishes one, so that it never waits for the
   * main thread (busy storing, or extracting a file itself) to read its answer. */
  inFlight: Pending[];
}

const WORKER = path.join(__dirname, 'extract-worker.js');
/** Files sent to a worker at once (see Slot.inFlight). */
const PER_WORKER = 2;

/**
 * Worker threads that read and extract the files of a batch ingest while the main thread stores
 * them: extraction is pure and about two thirds of an ingest's work, and SQLite writes stay on the
 * one connection. The main thread takes waiting files itself whenever it has nothing to store. A worker that dies (out of memory on a hostile file) costs only its file; it is
 * replaced for the rest of the batch.
 */
export class ExtractPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Pending[] = [];
  private nextId = 1;
  private closed = false;

  private constructor(size: number) {
    for (let i = 0; i < size; i++) this.slots.push({ worker: this.start(), inFlight: [] });
  }

  /**
   * A pool of `size` workers, or null when there is nothing to gain or no compiled worker to run: the
   * sources run under ts-jest have no worker script, and the batch is then extracted on this thread.
   */
  static open(size: number): ExtractPool | null {
    if (size < 1 || !__filename.endsWith('.js') || !existsSync(WORKER)) return null;
    return new ExtractPool(size);
  }

  extract(name: string, bytes: Buffer, limits: ReaderLimits): Promise<ExtractedFile> {
    if (this.closed) return Promise.reject(new Error('the extraction pool is closed'));
    return new Promise((resolve, reject) => {
      this.queue.push({ job: { id: this.nextId++, name, bytes, limits }, resolve, reject });
      this.dispatch();
    });
  }

  /**
   * Extracts one file still waiting for a worker here, on the calling thread: the main thread, with nothing to store
   * until a worker answers, takes a share of the extraction instead of waiting. False when none is waiting.
   */
  async extractOneHere(): Promise<boolean> {
    const pending = this.queue.shift();
    if (!pending) return false;
    const { name, bytes, limits } = pending.job;
    await extractBytes(name, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), limits).then(pending.resolve, pending.reject);
    return true;
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const p of this.queue.splice(0)) p.reject(new Error('the extraction pool is closed'));
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  private start(): Worker {
    const worker = new Worker(WORKER);
    worker.on('message', (reply: ExtractReply) => this.answer(worker, reply));
    worker.on('error', (err) => this.lost(worker, err));
    worker.on('exit', (code) => this.lost(worker, new Error(`stopped with code ${code}`)));
    return worker;
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      while (slot.inFlight.length < PER_WORKER && this.queue.length) {
        const next = this.queue.shift()!;
        slot.inFlight.push(next);
        slot.worker.postMessage(next.job);
      }
    }
  }

  private answer(worker: Worker, reply: ExtractReply): void {
    const slot = this.slots.find((s) => s.worker === worker);
    const at = slot ? slot.inFlight.findIndex((p) => p.job.id === reply.id) : -1;
    if (!slot || at < 0) return;
    const [pending] = slot.inFlight.splice(at, 1) as [Pending];
    if ('file' in reply) pending.resolve(reply.file);
    else if (reply.error.code) pending.reject(new BoardError(reply.error.code, reply.error.message));
    else pending.reject(new Error(reply.error.message));
    this.dispatch();
  }

  /** A worker that failed outside a job's own error handling: its files are refused and a new worker takes its place. */
  private lost(worker: Worker, err: Error): void {
    const slot = this.slots.find((s) => s.worker === worker);
    if (!slot || this.closed) return;
    const lostJobs = slot.inFlight.splice(0);
    slot.worker = this.start();
    void worker.terminate();
    for (const pending of lostJobs) {
      pending.reject(
        /memory/i.test(String(err))
          ? new BoardError(ErrorCode.TooLarge, 'needs more memory to read than is allowed', { cause: err })
          : new Error(`the extraction worker ${err.message}`),
      );
    }
    this.dispatch();
  }
}
