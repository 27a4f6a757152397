import { SqliteActions } from './actions';
import { SqliteAudit } from './audit';
import { SqliteBoards } from './boards';
import { SqliteConversations } from './conversations';
import { type Db, openDb } from './db';
import { SqliteDocuments } from './documents';
import { generation, memoByGeneration } from './generation';
import { SqliteGuidance } from './guidance';
import { SqliteMeetings } from './meetings';
import { SqliteMutes } from './mutes';
import { SqliteOutbox } from './outbox';
import { SqlitePeople } from './people';
import { SqliteProposals } from './proposals';
import type { Store } from './repositories';
import { SqliteRoster } from './roster';
import { SqliteShards } from './shards';

/** The library's store in one SQLite file (better-sqlite3): every repository over one connection. */
export class SqliteStore implements Store {
  readonly actions: SqliteActions;
  readonly audit: SqliteAudit;
  readonly boards: SqliteBoards;
  readonly conversations: SqliteConversations;
  readonly documents: SqliteDocuments;
  readonly guidance: SqliteGuidance;
  readonly meetings: SqliteMeetings;
  readonly mutes: SqliteMutes;
  readonly outbox: SqliteOutbox;
  readonly people: SqlitePeople;
  readonly proposals: SqliteProposals;
  readonly roster: SqliteRoster;
  readonly shards: SqliteShards;

  /** The connection, for code inside src/store only (and tests that look at the tables). */
  constructor(readonly db: Db) {
    this.actions = new SqliteActions(db);
    this.audit = new SqliteAudit(db);
    this.boards = new SqliteBoards(db);
    this.conversations = new SqliteConversations(db);
    this.documents = new SqliteDocuments(db);
    this.guidance = new SqliteGuidance(db);
    this.meetings = new SqliteMeetings(db);
    this.mutes = new SqliteMutes(db);
    this.outbox = new SqliteOutbox(db);
    this.people = new SqlitePeople(db);
    this.proposals = new SqliteProposals(db);
    this.roster = new SqliteRoster(db);
    this.shards = new SqliteShards(db);
  }

  /** BEGIN IMMEDIATE with busy retries (see db.ts); a nested call is a savepoint in the outer one. */
  transaction<T>(work: () => T): T {
    return this.db.transaction(work)();
  }

  generation(): string {
    return generation(this.db);
  }

  memo<T>(key: string, compute: () => T, variant = ''): T {
    return memoByGeneration(this.db, key, compute, variant);
  }

  close(): void {
    this.db.close();
  }
}

/** Opens (creating and migrating if needed) the SQLite store at `file`. */
export function openStore(file: string): SqliteStore {
  return new SqliteStore(openDb(file));
}
