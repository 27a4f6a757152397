import { parentPort } from 'node:worker_threads';

import { readAndExtract } from './extract-pool';

/**
 * The extract worker: reads one document's bytes into blocks and extracts it, for ingestPaths,
 * so that a batch is read on every core while the main thread writes what is ready.
 */
parentPort!.on('message', (job: { id: number; name: string; bytes: Uint8Array; limits: Parameters<typeof readAndExtract>[2] }) => {
  const bytes = Buffer.from(job.bytes.buffer, job.bytes.byteOffset, job.bytes.byteLength);
  readAndExtract(job.name, bytes, job.limits).then(
    (done) => parentPort!.postMessage({ id: job.id, ok: true, done }),
    (err: unknown) => parentPort!.postMessage({ id: job.id, ok: false, ...failure(err) }),
  );
});

/** A BoardError crosses as its code and words, so the batch reports the file's own reason. */
function failure(err: unknown): { code: string | null; message: string } {
  const e = err as { code?: unknown; message?: unknown; name?: unknown };
  return { code: e?.name === 'BoardError' && typeof e.code === 'string' ? e.code : null, message: String(e?.message ?? err) };
}
