import type { Config } from '../config';
import type { Clock } from '../clock';
import { todayIn } from '../clock';
import { BoardError, ErrorCode } from '../errors';
import type { IsoDate } from '../extract/dates';
import { openDb, Db } from '../store/db';
import { currentActions, ownedBy, ActionView } from './actions-view';
import { findPerson } from './find-person';
import { ingestBuffer, ingestPaths, IngestReport } from './ingest';
import { resolveLibrary } from './resolve';
import { removeDocument } from '../store/write-document';
import { listMeetings, MeetingView } from './meetings-view';
import { listPeople, PersonView } from './people-view';
import { foldForMatch } from '../util/text';
import { ShardCache } from '../search/shards';
import { IndexRefresher } from '../search/refresh';
import { Searcher, SearchOptions, SearchResult } from '../search/search';

export type StatusFilter = 'open' | 'done' | 'all';

/**
 * The board's document library: the one object the command line and the bot both use.
 * It owns the database handle; the clock decides what "today" is.
 */
export class Library {
  readonly db: Db;
  private readonly searcher: Searcher;
  private readonly index: IndexRefresher;

  constructor(
    readonly config: Config,
    readonly clock: Clock,
    db?: Db,
  ) {
    this.db = db ?? openDb(config.dbPath);
    const shards = new ShardCache(this.db, config.searchCacheBytes);
    this.searcher = new Searcher(shards, () => this.glossary());
    this.index = new IndexRefresher(this.db, () => currentActions(this.db, this.today()), () => this.clock.now().toISOString(), (name, builtAt, loaded) => shards.put(name, builtAt, loaded));
  }

  today(): IsoDate {
    return this.config.today ?? todayIn(this.clock, this.config.timeZone);
  }

  async ingest(paths: string[], onProgress?: (done: number, total: number, file: string) => void): Promise<IngestReport> {
    const report = await ingestPaths(paths, { ...this.ingestDeps(), onProgress });
    await this.refreshIndex();
    return report;
  }

  /**
   * Brings the search index up to date and waits for it (cheap when it is): for the command
   * line, which must leave the index current before it exits, and for tests.
   */
  refreshIndex(): Promise<void> {
    return this.index.current();
  }

  /** Starts bringing the index up to date in the background; whoever changed the library answers at once. */
  scheduleIndexRefresh(): void {
    this.index.schedule();
  }

  /**
   * Searches minutes, guidance and actions; see Searcher. The index in use is the last one built:
   * if the library has changed since, a rebuild is started (off this thread) and later searches
   * see it once it is swapped in.
   */
  search(question: string, opts: SearchOptions = {}): SearchResult[] {
    if (this.index.behind) this.index.schedule();
    return this.searcher.search(question, opts);
  }

  /** Acronyms the library defines, upper-case term -> expansion. */
  glossary(): Map<string, string> {
    const rows = this.db.prepare('SELECT term, expansion FROM glossary ORDER BY document_id').all() as { term: string; expansion: string }[];
    const out = new Map<string, string>();
    for (const r of rows) if (!out.has(r.term.toUpperCase())) out.set(r.term.toUpperCase(), r.expansion);
    return out;
  }

  private ingestDeps() {
    return {
      db: this.db,
      limits: { maxFileBytes: this.config.maxFileBytes, pdfTimeoutMs: this.config.pdfTimeoutMs },
      now: () => this.clock.now().toISOString(),
    };
  }

  /** Ingests one uploaded file (the bot's upload path), by name and bytes; the index catches up in the background. */
  async ingestUpload(name: string, bytes: Buffer): Promise<IngestReport> {
    const report = await ingestBuffer(name, bytes, this.ingestDeps());
    this.scheduleIndexRefresh();
    return report;
  }

  /** Removes a document and what it said; what members recorded on its actions is kept. */
  remove(name: string): boolean {
    const removed = removeDocument(this.db, name);
    if (removed) {
      resolveLibrary(this.db);
      this.scheduleIndexRefresh();
    }
    return removed;
  }

  meetings(): MeetingView[] {
    return listMeetings(this.db);
  }

  people(): PersonView[] {
    return listPeople(this.db);
  }

  /**
   * Actions, optionally only those a person (or a group or role, by name) must do.
   * An owner name that matches several people is refused with the candidates listed.
   */
  actions(opts: { owner?: string; status?: StatusFilter } = {}): ActionView[] {
    const status = opts.status ?? 'open';
    let list = currentActions(this.db, this.today());
    if (status !== 'all') list = list.filter((a) => a.status === status);
    if (opts.owner !== undefined) {
      const owner = opts.owner.trim();
      if (!owner) throw new BoardError(ErrorCode.BadArgument, '--owner needs a name');
      const found = findPerson(this.db, owner);
      if (found.kind === 'many') {
        throw new BoardError(ErrorCode.BadArgument, `"${owner}" matches ${found.people.length} people: ${found.people.map((p) => p.name).join(', ')}; give the full name`);
      }
      if (found.kind === 'one') {
        const mine = ownedBy(this.db);
        list = list.filter((a) => mine(a, found.person.key, found.person.name));
      } else {
        // Not a person: a group, role or agency as the documents write it ("PMEG", "Police").
        const wanted = foldForMatch(owner);
        list = list.filter((a) => a.owners.some((o) => foldForMatch(o.written) === wanted || foldForMatch(o.display) === wanted));
      }
    }
    return list;
  }

  close(): void {
    this.index.close();
    this.db.close();
  }
}
