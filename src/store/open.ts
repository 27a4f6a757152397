import type { Db } from './db';
import type { Store } from './repositories';
import { openStore as openSqliteStore, SqliteStore } from './sqlite-store';

/**
 * Opens the library's store. Today that is always the SQLite file at `file` (BOARD_DB); a second
 * engine (PostgreSQL at BOARD_DATABASE_URL, see docs/storage.md) is chosen here, and nothing
 * above src/store changes when it is.
 */
export function openStore(file: string): Store {
  return openSqliteStore(file);
}

export type SqliteConnection = Db;

/**
 * @deprecated The raw SQLite connection behind a store, for the code in bot/ that still reads
 * tables itself until it moves to repositories (issue 13). Nothing in src/ may call it.
 */
export function sqliteConnection(store: Store): SqliteConnection {
  if (!(store instanceof SqliteStore)) throw new Error('this library is not stored in SQLite');
  return store.db;
}
