import * as fs from 'node:fs';
import * as path from 'node:path';

import Database from 'better-sqlite3';

import { BoardError, ErrorCode } from '../errors';
import { MIGRATIONS } from './migrations';

export type Db = Database.Database;

/** How long one statement waits for another process's write lock before SQLite gives up. */
const BUSY_TIMEOUT_MS = 5000;
/** A transaction still refused after this many tries (each up to BUSY_TIMEOUT_MS) reports the error. */
const BUSY_ATTEMPTS = 4;

/**
 * The library's connection. Two processes share the file (the server and the `board` command),
 * so every transaction here is BEGIN IMMEDIATE: a deferred one that reads first and then writes
 * cannot wait for the other process's lock (SQLite answers SQLITE_BUSY at once, without calling
 * the busy handler, because its snapshot would be out of date) — that is where "database is
 * locked" came from. Immediate transactions take the write lock up front, waiting up to the busy
 * timeout; one still refused is retried whole, after a short pause, a few times.
 */
class LibraryDatabase extends Database {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the signature better-sqlite3 declares
  override transaction<F extends (...args: any[]) => any>(fn: F): Database.Transaction<F> {
    const tx = super.transaction(fn);
    type Args = Database.Transaction<F> extends (...a: infer A) => unknown ? A : never;
    const run = (...args: Args): ReturnType<F> => (this.inTransaction ? tx(...args) : retryWhenBusy(() => tx.immediate(...args)));
    return Object.assign(run, {
      default: run,
      deferred: tx.deferred,
      immediate: tx.immediate,
      exclusive: tx.exclusive,
      database: this,
    }) as unknown as Database.Transaction<F>;
  }
}

function retryWhenBusy<T>(work: () => T): T {
  for (let attempt = 1; ; attempt++) {
    try {
      return work();
    } catch (err) {
      const code = (err as { code?: string }).code ?? '';
      if (!code.startsWith('SQLITE_BUSY') || attempt >= BUSY_ATTEMPTS) throw err;
      // better-sqlite3 is synchronous, so the pause is too; it only happens under contention.
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 20 + Math.random() * 80 * attempt);
    }
  }
}

/**
 * Opens an immediate transaction for an asynchronous unit of work (SqliteStore.transaction): the
 * same write lock and retries as above, but the pause between tries yields to other turns
 * instead of blocking the thread.
 */
export async function beginImmediate(db: Db): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      db.exec('BEGIN IMMEDIATE');
      return;
    } catch (err) {
      const code = (err as { code?: string }).code ?? '';
      if (!code.startsWith('SQLITE_BUSY') || attempt >= BUSY_ATTEMPTS) throw err;
      await new Promise((resolve) => setTimeout(resolve, 20 + Math.random() * 80 * attempt));
    }
  }
}

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
    db = new LibraryDatabase(file);
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
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
  const row = metaStatement(db, 'SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined;
  return row?.value ?? null;
}

export function setMeta(db: Db, key: string, value: string): void {
  metaStatement(db, 'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(key, value);
}

/**
 * The meta statements, compiled once per connection: every document an ingest writes reads and
 * sets the meta table several times (stale boards, their count, the derived-tables flag), and
 * compiling the same statements each time was a visible share of writing it. Only get and run
 * are used on them (never iterate), so a reused one is never busy.
 */
const metaByDb = new WeakMap<Db, Map<string, Database.Statement>>();

function metaStatement(db: Db, sql: string): Database.Statement {
  let bySql = metaByDb.get(db);
  if (!bySql) metaByDb.set(db, (bySql = new Map()));
  let statement = bySql.get(sql);
  if (!statement) bySql.set(sql, (statement = db.prepare(sql)));
  return statement;
}
