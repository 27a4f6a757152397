import type { Db } from './db';
import { getMeta, setMeta } from './db';

/** Documents that name no board are indexed under this key. */
export const NO_BOARD = '_';

/** Records that a board's search index no longer matches the library (rebuilt after the ingest). */
export function markBoardStale(db: Db, board: string | null): void {
  const stale = new Set(staleBoards(db));
  stale.add(board ?? NO_BOARD);
  setMeta(db, 'stale_boards', JSON.stringify([...stale]));
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
