import { SqliteActions } from './actions';
import { SqliteAudit } from './audit';
import { SqliteBoards } from './boards';
import { SqliteConversations } from './conversations';
import { beginImmediate, type Db, openDb } from './db';
import { SqliteDocuments } from './documents';
import { generation } from './generation';
import { SqliteGuidance } from './guidance';
import { SqliteMeetings } from './meetings';
import { SqliteMutes } from './mutes';
import { SqliteOutbox } from './outbox';
import { SqlitePeople } from './people';
import { SqliteProposals } from './proposals';
import type { Repositories, Store } from './repositories';
import { SqliteRoster } from './roster';
import { SqliteShards } from './shards';
import { type Async, type Caller, facade, Serial, settle } from './sync';

/** The synchronous repositories over one connection. */
function repositoriesOver(db: Db) {
  return {
    actions: new SqliteActions(db),
    audit: new SqliteAudit(db),
    boards: new SqliteBoards(db),
    conversations: new SqliteConversations(db),
    documents: new SqliteDocuments(db),
    guidance: new SqliteGuidance(db),
    meetings: new SqliteMeetings(db),
    mutes: new SqliteMutes(db),
    outbox: new SqliteOutbox(db),
    people: new SqlitePeople(db),
    proposals: new SqliteProposals(db),
    roster: new SqliteRoster(db),
    shards: new SqliteShards(db),
  };
}

type SyncRepositories = ReturnType<typeof repositoriesOver>;

/**
 * A base class whose instances carry the repositories, each call answering through `call`. The
 * cast to `Facades` is what ties each Sqlite* class to its interface: a method that does not
 * match, or a repository missing from `repositoriesOver`, fails to compile here.
 */
type Facades = { readonly [K in keyof SyncRepositories]: Async<SyncRepositories[K]> };
const WithRepositories = class {
  constructor(sync: SyncRepositories, call: Caller) {
    const facades: Partial<Record<keyof SyncRepositories, unknown>> = {};
    for (const name of Object.keys(sync) as (keyof SyncRepositories)[]) facades[name] = facade(sync[name], call);
    const repositories: Repositories = facades as Facades;
    Object.assign(this, repositories);
  }
} as new (sync: SyncRepositories, call: Caller) => Repositories;

/**
 * The library's store in one SQLite file (better-sqlite3): every repository over one connection.
 *
 * Why units of work are serialised, and why that is enough. One connection has one transaction:
 * while a unit of work awaits, another turn's statements would run inside it — seeing its
 * uncommitted rows, and rolled back with it if it fails. So:
 * - `transaction()` takes a first-come, first-served lock (`Serial`) for the whole unit, from
 *   BEGIN IMMEDIATE to COMMIT or ROLLBACK; a second turn's unit starts only after the first ends.
 * - A single call outside any unit (a read, or a one-statement write such as saving a
 *   conversation) runs at once when the lock is free — it is synchronous, so nothing can run in
 *   the middle of it — and otherwise waits its turn behind the open unit like a unit of its own.
 *   So no read outside a unit sees another turn's half-written unit, and no write outside one
 *   is swept into it.
 * - Inside a unit, `work` is given `tx` (a `SqliteUnit`): its calls go straight to the
 *   connection, and its `transaction()` is a savepoint. `work` must use `tx`, not this store: a
 *   call on this store from inside the unit would wait for the unit to end, which never comes.
 *   (A PostgreSQL store has the same rule for a different reason: `tx` is the unit's own client.)
 * - Another process (the `board` command beside the server) is kept apart by SQLite's write
 *   lock: BEGIN IMMEDIATE waits for it and is retried (db.ts); WAL readers see committed data only.
 */
export class SqliteStore extends WithRepositories implements Store {
  private readonly serial: Serial;
  private readonly unit: SqliteUnit;
  private readonly memos = new Map<string, { at: string; value: unknown }>();

  /** The connection, for code inside src/store only (and tests that look at the tables). */
  constructor(readonly db: Db) {
    const serial = new Serial();
    const sync = repositoriesOver(db);
    super(sync, (call) => (serial.idle ? settle(call) : serial.run(() => settle(call))));
    this.serial = serial;
    this.unit = new SqliteUnit(this, db, sync);
  }

  /** A call outside any unit of work: at once when no unit is open or waiting, else after them. */
  outside<R>(call: () => R): Promise<R> {
    return this.serial.idle ? settle(call) : this.serial.run(() => settle(call));
  }

  transaction<T>(work: (tx: Store) => Promise<T>): Promise<T> {
    return this.serial.run(async () => {
      await beginImmediate(this.db);
      this.unit.open = true;
      try {
        const value = await work(this.unit);
        this.db.exec('COMMIT');
        return value;
      } catch (err) {
        // SQLite has already rolled back after some errors (a full disk); ROLLBACK would then fail and hide the cause.
        if (this.db.inTransaction) this.db.exec('ROLLBACK');
        throw err;
      } finally {
        this.unit.open = false;
      }
    });
  }

  generation(): Promise<string> {
    return this.outside(() => generation(this.db));
  }

  async memo<T>(key: string, compute: () => T | Promise<T>, variant = ''): Promise<T> {
    // Stamped before computing: a change made while compute() awaited (by another turn, or the
    // derived tables compute() itself refreshes) then shows as a new generation on the next call,
    // which computes again, instead of this value being kept as if it were current.
    // Read at once when no unit of work is open or waiting (what outside() would do, without a Promise):
    // a chat turn asks this several times.
    const at = `${this.serial.idle ? generation(this.db) : await this.generation()}|${variant}`;
    const hit = this.memos.get(key);
    if (hit && hit.at === at) return hit.value as T;
    const value = await compute();
    // One entry per key, so a new variant (tomorrow's date) replaces yesterday's, never piles up.
    this.memos.set(key, { at, value });
    return value;
  }

  close(): void {
    this.db.close();
  }
}

/** The store as one open unit of work sees it: calls go straight to the connection; a nested unit is a savepoint. */
class SqliteUnit extends WithRepositories implements Store {
  /** True from BEGIN to COMMIT or ROLLBACK; a call through a `tx` kept after its unit ended waits its turn like any other. */
  open = false;
  private savepoints = 0;

  constructor(
    private readonly store: SqliteStore,
    private readonly db: Db,
    sync: SyncRepositories,
  ) {
    super(sync, (call) => (this.open ? settle(call) : store.outside(call)));
  }

  async transaction<T>(work: (tx: Store) => Promise<T>): Promise<T> {
    if (!this.open) return this.store.transaction(work);
    const name = `unit_${++this.savepoints}`;
    this.db.exec(`SAVEPOINT ${name}`);
    try {
      const value = await work(this);
      this.db.exec(`RELEASE ${name}`);
      return value;
    } catch (err) {
      if (this.db.inTransaction) {
        this.db.exec(`ROLLBACK TO ${name}`);
        this.db.exec(`RELEASE ${name}`);
      }
      throw err;
    }
  }

  generation(): Promise<string> {
    return this.open ? settle(() => generation(this.db)) : this.store.generation();
  }

  /** Not memoised inside a unit: what it reads may yet be rolled back, which the generation would not show. */
  async memo<T>(key: string, compute: () => T | Promise<T>, variant?: string): Promise<T> {
    return this.open ? compute() : this.store.memo(key, compute, variant);
  }

  close(): void {
    this.store.close();
  }
}

/** Opens (creating and migrating if needed) the SQLite store at `file`. */
export function openStore(file: string): SqliteStore {
  return new SqliteStore(openDb(file));
}
