import type { Config } from '../config';
import type { Clock } from '../clock';
import { todayIn } from '../clock';
import { BoardError, ErrorCode } from '../errors';
import type { IsoDate } from '../extract/dates';
import { openDb, Db } from '../store/db';
import { currentActions, ownedBy, ActionView } from './actions-view';
import { findPerson } from './find-person';
import { asSeenBy } from './group-progress';
import { ingestBuffer, ingestPaths, IngestReport } from './ingest';
import { resolveLibrary } from './resolve';
import { removeDocument } from '../store/write-document';
import { listMeetings, MeetingView } from './meetings-view';
import { listPeople, PersonView } from './people-view';
import { foldForMatch } from '../util/text';
import { rebuildStaleShards, ShardCache } from '../search/shards';
import { Searcher, SearchOptions, SearchResult } from '../search/search';

export type StatusFilter = 'open' | 'done' | 'all';

/**
 * The board's document library: the one object the command line and the bot both use.
 * It owns the database handle; the clock decides what "today" is.
 */
export class Library {
  readonly db: Db;
  private readonly searcher: Searcher;

  constructor(
    readonly config: Config,
    readonly clock: Clock,
    db?: Db,
  ) {
    this.db = db ?? openDb(config.dbPath);
    this.searcher = new Searcher(new ShardCache(this.db, config.searchCacheBytes), () => this.glossary());
  }

  today(): IsoDate {
    return this.config.today ?? todayIn(this.clock, this.config.timeZone);
  }

  async ingest(paths: string[], onProgress?: (done: number, total: number, file: string) => void): Promise<IngestReport> {
    const report = await ingestPaths(paths, { ...this.ingestDeps(), onProgress });
    this.refreshIndex();
    return report;
  }

  /** Rebuilds the search shards an ingest or an update left stale (cheap when none are). */
  refreshIndex(): void {
    rebuildStaleShards(this.db, () => currentActions(this.db, this.today()), this.clock.now().toISOString());
  }

  /** Searches minutes, guidance and actions; see Searcher. */
  search(question: string, opts: SearchOptions = {}): SearchResult[] {
    this.refreshIndex();
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

  /** Ingests one uploaded file (the bot's upload path), by name and bytes. */
  async ingestUpload(name: string, bytes: Buffer, actor?: string): Promise<IngestReport> {
    const report = await ingestBuffer(name, bytes, { ...this.ingestDeps(), actor });
    this.refreshIndex();
    return report;
  }

  /** Removes a document and what it said; what members recorded on its actions is kept. */
  remove(name: string): boolean {
    const removed = removeDocument(this.db, name);
    if (removed) {
      resolveLibrary(this.db);
      this.refreshIndex();
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
    if (opts.owner !== undefined) {
      const owner = opts.owner.trim();
      if (!owner) throw new BoardError(ErrorCode.BadArgument, '--owner needs a name');
      const found = findPerson(this.db, owner);
      if (found.kind === 'many') {
        throw new BoardError(ErrorCode.BadArgument, `"${owner}" matches ${found.people.length} people: ${found.people.map((p) => p.name).join(', ')}; give the full name`);
      }
      if (found.kind === 'one') {
        const mine = ownedBy(this.db);
        // A group action this person has done themselves is done for them, still open for the others.
        list = list.filter((a) => mine(a, found.person.key, found.person.name)).map((a) => asSeenBy(this.db, a, found.person.key));
      } else {
        // Not a person: a group, role or agency as the documents write it ("PMEG", "Police").
        const wanted = foldForMatch(owner);
        list = list.filter((a) => a.owners.some((o) => foldForMatch(o.written) === wanted || foldForMatch(o.display) === wanted));
      }
    }
    return status === 'all' ? list : list.filter((a) => a.status === status);
  }

  close(): void {
    this.db.close();
  }
}
