import type { Db } from './db';
import type { BoardRecord, BoardRepository } from './repositories';
import type { Sync } from './sync';

/** The boards the library's documents belong to. */
export class SqliteBoards implements Sync<BoardRepository> {
  constructor(private readonly db: Db) {}

  all(): BoardRecord[] {
    return this.db.prepare('SELECT key, name, slug FROM boards').all() as BoardRecord[];
  }

  find(typed: string): BoardRecord | null {
    return (
      (this.db.prepare('SELECT key, name, slug FROM boards WHERE key = ? OR slug = lower(?) OR lower(name) = lower(?)').get(typed, typed, typed) as
        BoardRecord | undefined) ?? null
    );
  }
}
