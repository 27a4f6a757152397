import Database from 'better-sqlite3';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { BoardError, ErrorCode } from '../errors';
import { MIGRATIONS } from './migrations';

export type Db = Database.Database;

/**
 * Opens (creating if needed) the library database: WAL so that readers never wait for an ingest,
 * foreign keys on, and every migration applied in one transaction each.
 */
export function openDb(file: string): Db {
  if (file !== ':memory:') {
    try {
      fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    } catch (err) {
      throw new BoardError(ErrorCode.BadDatabase, `cannot create the folder for the database ${file}`, { cause: err });
    }
  }
  let db: Db;
  try {
    db = new Database(file);
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    db.pragma('synchronous = NORMAL');
    migrate(db);
  } catch (err) {
    if (err instanceof BoardError) throw err;
    const msg = (err as Error).message;
    throw new BoardError(
      ErrorCode.BadDatabase,
      /not a database|malformed|encrypted/i.test(msg)
        ? `${file} is not a board-assistant database (${msg}); point --db or BOARD_DB at another file`
        : `cannot open the database ${file}: ${msg}`,
      { cause: err },
    );
  }
  return db;
}

function migrate(db: Db): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > MIGRATIONS.length) {
    throw new BoardError(ErrorCode.BadDatabase, `the database was written by a newer version (schema ${current}); upgrade board-assistant`);
  }
  for (let v = current; v < MIGRATIONS.length; v++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[v]!);
      db.pragma(`user_version = ${v + 1}`);
    })();
  }
}

export function getMeta(db: Db, key: string): string | null {
  const row = db.prepare('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined;
  return row?.value ?? null;
}

export function setMeta(db: Db, key: string, value: string): void {
  db.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(key, value);
}
