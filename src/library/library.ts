import type { Clock } from '../clock';
import { todayIn } from '../clock';
import type { Config } from '../config';
import { BoardError, ErrorCode } from '../errors';
import type { IsoDate } from '../extract/dates';
import { IndexRefresher } from '../search/refresh';
import { Searcher, SearchOptions, SearchResult } from '../search/search';
import { ShardCache } from '../search/shards';
import { openStore, type SqliteConnection, sqliteConnection } from '../store/open';
import type { Store } from '../store/repositories';
import { foldForMatch } from '../util/text';
import { actionHistory, ActionView, currentActions, HistoryEntry, ownedBy, ownPartsOnly } from './actions-view';
import { findPerson } from './find-person';
import { asSeenBy, groupState } from './group-progress';
import { ingestBuffer, ingestPaths, IngestReport } from './ingest';
import { listMeetings, MeetingView } from './meetings-view';
import { listPeople, PersonView } from './people-view';
import { resolveLibrary } from './resolve';
import { canSeeBoard, isOperator, type Reader, searchableBoards } from './scope';

export type StatusFilter = 'open' | 'done' | 'all';

/**
 * The board's document library: the one object the command line and the bot both use.
 * It owns the store (the repositories; never a database handle); the clock decides what "today" is.
 */
export class Library {
  readonly store: Store;
  private readonly searcher: Searcher;
  private readonly index: IndexRefresher;

  constructor(
    readonly config: Config,
    readonly clock: Clock,
    store?: Store,
  ) {
    this.store = store ?? openStore(config.dbPath);
    const shards = new ShardCache(this.store, config.searchCacheBytes);
    this.searcher = new Searcher(shards, async () => await this.glossary());
    this.index = new IndexRefresher(
      this.store,
      async () => await currentActions(this.store, this.today()),
      () => this.clock.now().toISOString(),
      (name, builtAt, loaded) => shards.put(name, builtAt, loaded),
    );
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
   * Searches minutes, guidance and actions on the boards the reader may see; see Searcher. The
   * index in use is the last one built: if the library has changed since, a rebuild is started
   * (off this thread) and later searches see it once it is swapped in.
   */
  async search(reader: Reader, question: string, opts: SearchOptions = {}): Promise<SearchResult[]> {
    if (await this.index.behind()) this.index.schedule();
    const allowed = searchableBoards(reader);
    const boards = allowed && opts.boards ? opts.boards.filter((b) => allowed.includes(b)) : (allowed ?? opts.boards);
    return this.searcher.search(question, { ...opts, boards });
  }

  /** Acronyms the library defines, upper-case term -> expansion. */
  glossary(): Promise<Map<string, string>> {
    return this.store.documents.glossary();
  }

  private ingestDeps() {
    return {
      store: this.store,
      limits: { maxFileBytes: this.config.maxFileBytes, pdfTimeoutMs: this.config.pdfTimeoutMs },
      now: () => this.clock.now().toISOString(),
      workers: this.config.ingestWorkers,
    };
  }

  /** Ingests one uploaded file (the bot's upload path), by name and bytes; the index catches up in the background. */
  async ingestUpload(name: string, bytes: Buffer, actor?: string): Promise<IngestReport> {
    const report = await ingestBuffer(name, bytes, { ...this.ingestDeps(), actor });
    this.scheduleIndexRefresh();
    return report;
  }

  /** Removes a document and what it said; what members recorded on its actions is kept. */
  async remove(name: string): Promise<boolean> {
    const removed = await this.store.documents.remove(name);
    if (removed) {
      await resolveLibrary(this.store);
      this.scheduleIndexRefresh();
    }
    return removed;
  }

  /** The meetings of the boards the reader may see. */
  async meetings(reader: Reader): Promise<MeetingView[]> {
    const all = await listMeetings(this.store);
    return isOperator(reader) ? all : all.filter((m) => canSeeBoard(reader, m.boardKey));
  }

  /** One action by its id, if the reader may see it; null when it does not exist or is not theirs to see. */
  async action(reader: Reader, id: string): Promise<ActionView | null> {
    if (typeof id !== 'string') return null;
    return (await this.visible(reader, await currentActions(this.store, this.today()))).find((a) => a.id === id) ?? null;
  }

  /** Everything said about an action the reader may see, oldest first; nothing for one they may not. */
  async history(reader: Reader, id: string): Promise<HistoryEntry[]> {
    return (await this.action(reader, id)) ? await actionHistory(this.store, id) : [];
  }

  /**
   * What of the actions a reader may see: those of their boards, and any action they own
   * wherever it was written (someone given an action by another board still needs to see it).
   */
  private async visible(reader: Reader, list: ActionView[]): Promise<ActionView[]> {
    if (isOperator(reader)) return list;
    const mine = reader.personKey ? await ownedBy(this.store) : null;
    return list.filter((a) => canSeeBoard(reader, a.board) || (mine !== null && mine(a, reader.personKey!, reader.name)));
  }

  async people(): Promise<PersonView[]> {
    return await listPeople(this.store);
  }

  /**
   * Actions the reader may see, optionally only those a person (or a group or role, by name) must do.
   * An owner name that matches several people is refused with the candidates listed.
   */
  async actions(reader: Reader, opts: { owner?: string; status?: StatusFilter } = {}): Promise<ActionView[]> {
    const status = opts.status ?? 'open';
    let list = await this.visible(reader, await currentActions(this.store, this.today()));
    if (opts.owner !== undefined) {
      const owner = opts.owner.trim();
      if (!owner) throw new BoardError(ErrorCode.BadArgument, 'name the person whose actions you want');
      const found = await findPerson(this.store, owner);
      if (found.kind === 'many') {
        throw new BoardError(
          ErrorCode.BadArgument,
          `"${owner}" matches ${found.people.length} people: ${found.people.map((p) => p.name).join(', ')}; give the full name`,
        );
      }
      if (found.kind === 'one') {
        const mine = await ownedBy(this.store);
        const groups = await groupState(this.store);
        // A group action this person has done themselves is done for them, still open for the others.
        list = ownPartsOnly(list.filter((a) => mine(a, found.person.key, found.person.name)).map((a) => asSeenBy(groups, a, found.person.key)));
      } else {
        // Not a person: a group, role or agency as the documents write it ("PMEG", "Police").
        const wanted = foldForMatch(owner);
        list = list.filter((a) => a.owners.some((o) => foldForMatch(o.written) === wanted || foldForMatch(o.display) === wanted));
      }
    }
    return status === 'all' ? list : list.filter((a) => a.status === status);
  }

  close(): void {
    this.index.close();
    this.store.close();
  }

  /**
   * @deprecated The raw SQLite connection, kept only while bot/ still reads tables itself (issue 13:
   * bot/ moves to repositories in src/store). Code in src/ must use `store`; eslint refuses `.db` there.
   */
  get db(): SqliteConnection {
    return sqliteConnection(this.store);
  }
}
