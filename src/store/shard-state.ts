import type { Db } from './db';
import { getMeta, setMeta } from './db';
import { NO_BOARD } from './ids';

export { NO_BOARD };

/** Records that a board's search index no longer matches the library (rebuilt after the ingest). */
export function markBoardStale(db: Db, board: string | null): void {
  const stale = new Set(staleBoards(db));
  stale.add(board ?? NO_BOARD);
  setMeta(db, 'stale_boards', JSON.stringify([...stale]));
  // Counts every mark, so a rebuild that began before this one knows it is not the last word.
  setMeta(db, 'stale_seq', String(Number(getMeta(db, 'stale_seq') ?? 0) + 1));
}

/** The stale boards and the count of marks so far, read together. */
export function staleSnapshot(db: Db): { boards: string[]; seq: number } {
  return db.transaction(() => ({ boards: staleBoards(db), seq: Number(getMeta(db, 'stale_seq') ?? 0) })).deferred();
}

/** Clears the stale marks if none was added since `seq` was read; says whether it did. */
export function clearStaleBoardsIfUnchanged(db: Db, seq: number): boolean {
  if (Number(getMeta(db, 'stale_seq') ?? 0) !== seq) return false;
  clearStaleBoards(db);
  return true;
}

export function staleBoards(db: Db): string[] {
  const raw = getMeta(db, 'stale_boards');
  return raw ? (JSON.parse(raw) as string[]) : [];
}

export function clearStaleBoards(db: Db): void {
  setMeta(db, 'stale_boards', '[]');
}

/** Which shard holds each board's passages (see planShards). */
export function shardPlan(db: Db): Record<string, string> {
  const raw = getMeta(db, 'shard_plan');
  return raw ? (JSON.parse(raw) as Record<string, string>) : {};
}

export function saveShardPlan(db: Db, plan: Record<string, string>): void {
  setMeta(db, 'shard_plan', JSON.stringify(plan));
}
