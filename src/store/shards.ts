import type { Db } from './db';
import type { PassageRecord, ShardRecord, ShardRepository, ShardWrite } from './repositories';
import { clearStaleBoardsIfUnchanged, markBoardStale, saveShardPlan, shardPlan, staleBoards, staleSnapshot } from './shard-state';
import type { Sync } from './sync';

/** The search index as stored: shards of passages, the plan of which board is in which, and the stale marks. */
export class SqliteShards implements Sync<ShardRepository> {
  constructor(private readonly db: Db) {}

  staleBoards(): string[] {
    return staleBoards(this.db);
  }

  staleSnapshot(): { boards: string[]; seq: number } {
    return staleSnapshot(this.db);
  }

  markBoardStale(board: string | null): void {
    markBoardStale(this.db, board);
  }

  plan(): Record<string, string> {
    return shardPlan(this.db);
  }

  passageSizes(): { board: string; n: number }[] {
    return this.db.prepare('SELECT board, sum(length(text)) AS n FROM passages GROUP BY board').all() as { board: string; n: number }[];
  }

  builtAt(): Map<string, string> {
    return new Map(
      (this.db.prepare('SELECT shard, built_at FROM search_shards').all() as { shard: string; built_at: string }[]).map((r) => [r.shard, r.built_at]),
    );
  }

  passagesOf(board: string): PassageRecord[] {
    return this.db
      .prepare(
        `SELECT p.kind, p.board, d.name AS document, p.title, p.heading, p.text, p.meeting_date AS meetingDate, p.item
           FROM passages p JOIN documents d ON d.id = p.document_id
          WHERE p.board = ? ORDER BY d.name, p.seq`,
      )
      .all(board) as PassageRecord[];
  }

  commit(
    write: ShardWrite[],
    drop: string[],
    plan: Record<string, string>,
    staleSeq: number,
    now: string,
  ): { current: boolean; stamp: string; written: string[] } {
    const db = this.db;
    const upsert = db.prepare(
      `INSERT INTO search_shards (shard, built_at, passage_count, text_bytes, passages_json, index_json, words_json) VALUES (?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT(shard) DO UPDATE SET built_at = excluded.built_at, passage_count = excluded.passage_count, text_bytes = excluded.text_bytes,
         passages_json = excluded.passages_json, index_json = excluded.index_json, words_json = excluded.words_json`,
    );
    const builtAt = db.prepare('SELECT built_at FROM search_shards WHERE shard = ?').pluck();
    return db.transaction(() => {
      // A build is known by its time and a generation number, so two builds in the same millisecond
      // (or under a fixed test clock) are still told apart by the readers' caches.
      const generation = Number(db.prepare("SELECT value FROM meta WHERE key = 'index_generation'").pluck().get() ?? 0) + 1;
      const stamp = `${now}#${generation}`;
      db.prepare("INSERT INTO meta (key, value) VALUES ('index_generation', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value").run(String(generation));
      let complete = true;
      const written: string[] = [];
      for (const w of write) {
        if (((builtAt.get(w.shard) as string | undefined) ?? null) !== w.builtAtBefore) {
          complete = false;
          continue;
        }
        upsert.run(w.shard, stamp, w.passageCount, w.textBytes, w.passagesJson, w.indexJson, w.wordsJson);
        written.push(w.shard);
      }
      if (!complete) return { current: false, stamp, written };
      for (const s of drop) db.prepare('DELETE FROM search_shards WHERE shard = ?').run(s);
      saveShardPlan(db, plan);
      return { current: clearStaleBoardsIfUnchanged(db, staleSeq), stamp, written };
    })();
  }

  list(): { shard: string; builtAt: string; textBytes: number }[] {
    return this.db.prepare('SELECT shard, built_at AS builtAt, text_bytes AS textBytes FROM search_shards ORDER BY shard').all() as {
      shard: string;
      builtAt: string;
      textBytes: number;
    }[];
  }

  load(shard: string): ShardRecord | null {
    return (
      (this.db.prepare('SELECT built_at, text_bytes, passages_json, index_json, words_json FROM search_shards WHERE shard = ?').get(shard) as
        ShardRecord | undefined) ?? null
    );
  }
}
