import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';

import { BoardError, type ErrorCode } from '../errors';
import { extractDocument } from '../extract/extract-document';
import type { ExtractedDocument } from '../extract/model';
import type { Block, SourceFormat } from '../ingest/document';
import { readBuffer, type ReaderLimits } from '../ingest/readers';

/** One document read and extracted: what ingest writes. */
export interface Extracted {
  format: SourceFormat;
  blocks: Block[];
  doc: ExtractedDocument;
}

/** Reading and extraction of one document, in this thread. */
export async function readAndExtract(name: string, bytes: Buffer, limits: ReaderLimits): Promise<Extracted> {
  const read = await readBuffer(name, bytes, limits);
  return { format: read.format, blocks: read.blocks, doc: extractDocument(read.blocks, name) };
}

type Reply = { id: number; ok: true; done: Extracted } | { id: number; ok: false; code: string | null; message: string };

/**
 * Worker threads that read and extract documents of a batch in parallel — extraction is most of
 * an ingest's time, and a board's folder of papers is many independent documents. Only the
 * compiled program has the worker file; run from the TypeScript sources (the tests), a batch is
 * read in this thread as before.
 */
export class ExtractPool {
  private readonly waiting = new Map<number, { resolve: (e: Extracted) => void; reject: (err: Error) => void }>();
  private next = 0;
  private turn = 0;

  private constructor(private readonly workers: Worker[]) {
    for (const w of workers) {
      w.on('message', (r: Reply) => this.settle(r));
      // A worker that dies fails what it held; the batch reports those files and goes on in this thread.
      w.on('error', (err) => this.failAll(err));
    }
  }

  static open(size = os.availableParallelism()): ExtractPool | null {
    const file = path.join(__dirname, 'extract-worker.js');
    if (size < 1 || !fs.existsSync(file)) return null;
    return new ExtractPool(Array.from({ length: size }, () => new Worker(file)));
  }

  extract(name: string, bytes: Buffer, limits: ReaderLimits): Promise<Extracted> {
    const id = this.next++;
    const worker = this.workers[this.turn++ % this.workers.length]!;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      worker.postMessage({ id, name, bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), limits });
    });
  }

  close(): void {
    for (const w of this.workers) void w.terminate();
  }

  private settle(r: Reply): void {
    const w = this.waiting.get(r.id);
    if (!w) return;
    this.waiting.delete(r.id);
    if (r.ok) w.resolve(r.done);
    else w.reject(r.code ? new BoardError(r.code as ErrorCode, r.message) : new Error(r.message));
  }

  private failAll(err: Error): void {
    for (const [id, w] of this.waiting) {
      this.waiting.delete(id);
      w.reject(err);
    }
  }
}
