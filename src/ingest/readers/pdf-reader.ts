import * as path from 'node:path';
import { Worker } from 'node:worker_threads';

import { BoardError, ErrorCode } from '../../errors';
import { Block } from '../document';
import { layoutPages, PdfPage } from './pdf-layout';

export interface PdfLimits {
  timeoutMs: number;
  maxPages: number;
  maxHeapMb: number;
}

interface WorkerReply {
  ok: boolean;
  pages?: PdfPage[];
  totalPages?: number;
  name?: string;
  message?: string;
}

/** Reads a PDF's text layer in a worker thread and rebuilds its lines, paragraphs and table rows. */
export async function readPdf(buf: Buffer, limits: PdfLimits): Promise<Block[]> {
  if (buf.length < 5 || buf.subarray(0, 1024).indexOf('%PDF-') < 0) {
    throw new BoardError(ErrorCode.CorruptFile, 'is not a valid PDF (no PDF header)');
  }
  // pdf.js recovers what it can from a cut-off file; half a document must not pass for a whole one.
  if (buf.subarray(Math.max(0, buf.length - 2048)).indexOf('%%EOF') < 0) {
    throw new BoardError(ErrorCode.CorruptFile, 'is truncated (the end of the PDF is missing); upload it again');
  }
  const reply = await runWorker(buf, limits);
  if (!reply.ok) {
    if (reply.name === 'PasswordException') {
      throw new BoardError(ErrorCode.PasswordProtected, 'is password-protected; ask for an unprotected copy');
    }
    throw new BoardError(ErrorCode.CorruptFile, `is not a readable PDF (${reply.message ?? 'damaged file'})`);
  }
  const blocks = layoutPages(reply.pages ?? []);
  if (!blocks.length) {
    throw new BoardError(ErrorCode.NoText, 'has no text layer (it may be a scanned image); ask for a text PDF or the Word original');
  }
  return blocks;
}

/**
 * One long-lived worker reads PDFs one at a time. A job that runs over its time limit, or a worker
 * that dies (out of memory on a hostile file), costs only that job: the worker is replaced.
 */
class PdfWorker {
  private worker: Worker | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  private nextId = 1;

  read(buf: Buffer, limits: PdfLimits): Promise<WorkerReply> {
    const job = this.queue.then(() => this.run(buf, limits));
    this.queue = job.catch(() => undefined);
    return job;
  }

  private start(limits: PdfLimits): Worker {
    const worker = new Worker(path.join(__dirname, 'pdf-worker.mjs'), {
      resourceLimits: { maxOldGenerationSizeMb: limits.maxHeapMb },
      stdout: true,
      stderr: true,
    });
    worker.unref();
    this.worker = worker;
    return worker;
  }

  private stop(): void {
    const w = this.worker;
    this.worker = null;
    if (w) void w.terminate();
  }

  private run(buf: Buffer, limits: PdfLimits): Promise<WorkerReply> {
    const worker = this.worker ?? this.start(limits);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      let settled = false;
      const finish = (fn: () => void, broken: boolean) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
        worker.unref();
        if (broken) this.stop();
        fn();
      };
      const onMessage = (msg: WorkerReply & { id?: number; ready?: boolean }) => {
        if (msg.id === id) finish(() => resolve(msg), false);
      };
      const onError = (err: Error) =>
        finish(
          () =>
            reject(
              /memory/i.test(String(err))
                ? new BoardError(ErrorCode.TooLarge, 'needs more memory to read than is allowed', { cause: err })
                : new BoardError(ErrorCode.CorruptFile, 'is not a readable PDF', { cause: err }),
            ),
          true,
        );
      const onExit = (code: number) =>
        finish(() => reject(new BoardError(ErrorCode.CorruptFile, `could not be read (reader stopped with code ${code})`)), true);
      const timer = setTimeout(
        () =>
          finish(() => reject(new BoardError(ErrorCode.Timeout, `took longer than ${Math.round(limits.timeoutMs / 1000)} s to read and was stopped`)), true),
        limits.timeoutMs,
      );
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
      worker.ref();
      worker.postMessage({ id, data: buf, maxPages: limits.maxPages });
    });
  }
}

const pdfWorker = new PdfWorker();

function runWorker(buf: Buffer, limits: PdfLimits): Promise<WorkerReply> {
  return pdfWorker.read(buf, limits);
}
