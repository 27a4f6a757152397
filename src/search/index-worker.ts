import { parentPort } from 'node:worker_threads';

import type { Passage } from './passages';
import { buildShard } from './shard-build';

/** The index worker: builds one shard at a time for IndexRefresher, off the thread that answers members. */
parentPort!.on('message', (job: { id: number; passages: Passage[] }) => {
  try {
    parentPort!.postMessage({ id: job.id, ok: true, built: buildShard(job.passages) });
  } catch (err) {
    parentPort!.postMessage({ id: job.id, ok: false, message: (err as Error).message });
  }
});
