import { parentPort } from 'node:worker_threads';

import { BoardError, firstLine } from '../errors';
import { extractBytes } from './extract-bytes';
import type { ExtractJob, ExtractReply } from './extract-pool';

/** A worker of the extraction pool: one job at a time, each answered with what extractBytes gives or why it failed. */
parentPort?.on('message', (job: ExtractJob) => {
  const reply = (r: ExtractReply) => parentPort!.postMessage(r);
  extractBytes(job.name, Buffer.from(job.bytes.buffer, job.bytes.byteOffset, job.bytes.byteLength), job.limits).then(
    (file) => reply({ id: job.id, file }),
    // A BoardError crosses the thread as its code and message; anything else is a bug, reported by its first line.
    (err: unknown) =>
      reply({
        id: job.id,
        error:
          err instanceof BoardError
            ? { code: err.code, message: err.message }
            : { code: null, message: firstLine(err instanceof Error ? err.message : String(err)) },
      }),
  );
});
