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

function runWorker(buf: Buffer, limits: PdfLimits): Promise<WorkerReply> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(path.join(__dirname, 'pdf-worker.mjs'), {
      workerData: { data: buf, maxPages: limits.maxPages },
      resourceLimits: { maxOldGenerationSizeMb: limits.maxHeapMb },
      stdout: true,
      stderr: true,
    });
    let settled = false;
    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      fn();
    };
    const timer = setTimeout(
      () => finish(() => reject(new BoardError(ErrorCode.Timeout, `took longer than ${Math.round(limits.timeoutMs / 1000)} s to read and was stopped`))),
      limits.timeoutMs,
    );
    worker.on('message', (msg: WorkerReply) => finish(() => resolve(msg)));
    worker.on('error', (err) =>
      finish(() =>
        reject(
          /memory/i.test(String(err))
            ? new BoardError(ErrorCode.TooLarge, 'needs more memory to read than is allowed', { cause: err })
            : new BoardError(ErrorCode.CorruptFile, 'is not a readable PDF', { cause: err }),
        ),
      ),
    );
    worker.on('exit', (code) =>
      finish(() => reject(new BoardError(ErrorCode.CorruptFile, `could not be read (reader stopped with code ${code})`))),
    );
  });
}
