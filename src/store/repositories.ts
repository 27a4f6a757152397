/**
 * The seam between the domain and the database: what each repository holds and may be asked,
 * as types only. The domain (src/library, src/answers, src/review, src/reminders, src/export,
 * src/cli) sees these interfaces and never SQL or a connection; `SqliteStore` implements them
 * over better-sqlite3 today, and a PostgreSQL store can implement them beside it.
 *
 * Records are plain data (JSON columns still as text where the domain parses them itself), so
 * nothing returned holds a statement, a cursor or a connection. Every multi-statement change the
 * domain makes is one `transaction()` (a unit of work), never a raw BEGIN.
 *
 * Every method returns a Promise, although SQLite answers at once: a PostgreSQL engine
 * (node-postgres is Promise-only) then changes nothing above src/store. See README ("The store")
 * for what another engine must implement.
 */
import type { ActionState, ActionStatus, ExtractedDocument, Rag } from '../extract/model';
import type { Block } from '../ingest/document';
import type { ActionUpdate, UpdateOutcome } from './action-events';
import type { AuditEntry } from './audit';
import type { StoredGuidance } from './guidance';
import type { Proposal, ProposalKind, ProposalState } from './proposals';
import type { StoredFile, WriteOutcome } from './write-document';

export type { ActionUpdate, AuditEntry, Proposal, ProposalKind, ProposalState, StoredFile, StoredGuidance, UpdateOutcome, WriteOutcome };

// ---- records -------------------------------------------------------------------------------

/** What one document said about an action (a sighting), with the document's name and date. */
export interface SightingRecord {
  id: number;
  action_id: string;
  document_id: number;
  seq: number;
  ref: string | null;
  text: string;
  due: string | null;
  due_text: string | null;
  status: ActionStatus;
  state: ActionState;
  rag: Rag | null;
  progress: string | null;
  meeting_date: string | null;
  item: string | null;
  passage: string;
  doc_name: string;
  doc_date: string | null;
}

/** What a member or the clerk recorded on an action. */
export interface EventRecord {
  id: number;
  action_id: string;
  at: string;
  actor: string;
  kind: string;
  status: ActionStatus | null;
  state: ActionState | null;
  note: string | null;
  proposed_due: string | null;
  due: string | null;
  owners_json: string | null;
  for_person: string | null;
  why: string | null;
  text: string | null;
  hidden: string | null;
  document_said_json: string | null;
  added_json: string | null;
}

export interface SightingOwnerRecord {
  sighting_id: number;
  written: string;
  kind: string;
  person_key: string | null;
  /** The resolved person's name, when the owner is a person. */
  name: string | null;
}

export interface ActionRecord {
  id: string;
  board: string;
  version: number;
  board_name: string;
}

/** A correction event that kept what the document said when it was made. */
export interface CorrectionRecord {
  action_id: string;
  text: string | null;
  due: string | null;
  status: string | null;
  owners_json: string | null;
  document_said_json: string;
  ref: string | null;
}

export interface PersonRecord {
  key: string;
  name: string;
  given: string | null;
  family: string | null;
  initials: string | null;
  titles_json: string;
  organisations_json: string;
  roles_json: string;
  seen_json: string;
}

export interface MentionRecord {
  document_id: number;
  board: string | null;
  context: string;
  name_json: string;
  title: string | null;
  organisation: string | null;
  date: string | null;
}

export interface MeetingRecord {
  id: number;
  board: string;
  board_name: string;
  date: string;
  title: string;
  time: string | null;
  venue: string | null;
  source: 'minutes' | 'agenda';
  next_date: string | null;
  next_time: string | null;
  next_venue: string | null;
  next_corrected: number;
  items_json: string;
  decisions_json: string;
  doc_name: string;
}

export interface AttendanceRecord {
  meeting_id: number;
  role: string;
  name_json: string;
  deputy_json: string | null;
  person_key: string | null;
  deputy_key: string | null;
}

export interface MeetingCorrectionRecord {
  board: string;
  meeting_date: string;
  field: string;
  value_json: string;
}

export type Response = 'attending' | 'apologies' | 'deputy';

export interface MeetingResponse {
  person: string;
  response: Response;
  deputy: string | null;
  reason: string | null;
  at: string;
}

export interface ResponseRecord {
  board: string;
  meeting_date: string;
  person: string;
  response: string;
  deputy: string | null;
}

export interface BoardRecord {
  key: string;
  name: string;
  slug: string;
}

export interface GroupMemberRecord {
  board: string;
  group_name: string;
  person_name: string;
}

export type MemberRole = 'member' | 'clerk' | 'chair';

export interface RosterEntry {
  name: string;
  email: string | null;
  aadObjectId: string | null;
  role: MemberRole;
  deputy: string | null;
}

export type OutboxState = 'pending' | 'sending' | 'sent' | 'failed' | 'undeliverable' | 'interrupted';

export interface OutboxMessage {
  id: number;
  kind: string;
  person: string;
  user_key: string;
  activity_json: string;
  attempts: number;
}

export interface OutboxEntry {
  id: number;
  kind: string;
  person: string;
  meetingDate: string | null;
  actions: string[];
  state: OutboxState;
  attempts: number;
  createdAt: string;
  error: string | null;
}

export interface NewOutboxMessage {
  kind: string;
  person: string;
  userKey: string;
  board: string | null;
  meetingDate: string | null;
  actions: string[];
  activity: Record<string, unknown>;
  /** Reasons this message answers; it is queued only if it claims at least one nobody claimed before. */
  reasons: string[];
}

export interface DocumentReviewRecord {
  id: number;
  name: string;
  kind: string;
  sha256: string;
  board: string | null;
  board_key: string | null;
  reviewed_by: string | null;
  reviewed: number | null;
}

export interface DocumentMeetingCount {
  board: string;
  date: string;
  next_date: string | null;
  present: number;
  apologies: number;
}

export interface ShardRecord {
  built_at: string;
  text_bytes: number;
  passages_json: string;
  index_json: string;
  words_json: string;
}

/** A passage as search indexes it (the board's key is "_" for a document that names none). */
export interface PassageRecord {
  kind: string;
  board: string;
  document: string;
  title: string;
  heading: string;
  text: string;
  meetingDate: string | null;
  item: string | null;
}

/** A built shard to swap in, if nobody rebuilt it since `builtAtBefore`. */
export interface ShardWrite {
  shard: string;
  builtAtBefore: string | null;
  passageCount: number;
  textBytes: number;
  passagesJson: string;
  indexJson: string;
  wordsJson: string;
}

// ---- repositories --------------------------------------------------------------------------

/** Actions, what documents said about them (sightings and their owners) and what people recorded (events). */
export interface ActionRepository {
  all(): Promise<ActionRecord[]>;
  version(id: string): Promise<{ id: string; board: string; version: number } | null>;
  /** The latest document to mention an action (the one its review card is about). */
  latestDocument(actionId: string): Promise<string | null>;
  exists(id: string): Promise<boolean>;
  sightings(): Promise<SightingRecord[]>;
  sightingsOf(actionId: string): Promise<SightingRecord[]>;
  owners(): Promise<SightingOwnerRecord[]>;
  events(): Promise<EventRecord[]>;
  eventsOf(actionId: string): Promise<EventRecord[]>;
  /** Member-by-member states of group actions, oldest first. */
  memberEvents(): Promise<(Pick<EventRecord, 'action_id' | 'status' | 'state' | 'note' | 'at'> & { for_person: string })[]>;
  /** Appends an event, refusing a stale version and recognising a repeated submission. */
  recordUpdate(u: ActionUpdate): Promise<UpdateOutcome>;
  /** An action the reading missed, added by the clerk. */
  insertAdded(id: string, board: string, text: string, at: string): Promise<void>;
  /** What the latest document to mention an action says (before corrections), or null. */
  latestSighting(actionId: string): Promise<{ id: number; text: string; due: string | null; status: ActionStatus; owners: string[] } | null>;
  corrections(): Promise<CorrectionRecord[]>;
  /** Groups, roles and agencies a board's actions name (not people), and its filled subgroups. */
  namedOwnerGroups(board: string): Promise<{ written: string; kind: string }[]>;
  /** Per board, each group owner as written and how many actions name it. */
  groupOwnerCounts(): Promise<{ board: string; key: string; written: string; n: number }[]>;
  /** The first passage each action was read from in a document, in reading order. */
  sightingPassages(documentId: number): Promise<{ action_id: string; passage: string }[]>;
  /** Actions the clerk added to a meeting a document records. */
  addedTo(document: string): Promise<string[]>;
}

export interface AuditRepository {
  /** Call inside the transaction that makes the change. */
  record(e: AuditEntry): Promise<void>;
  all(): Promise<AuditEntry[]>;
}

/** People as resolved across the library, who sits on which board, the clerk's subgroups. */
export interface PeopleRepository {
  all(): Promise<PersonRecord[]>;
  /** Ordered by family name, then name. */
  allByFamily(): Promise<PersonRecord[]>;
  mentions(): Promise<MentionRecord[]>;
  /** Board key -> person keys. */
  boardMembers(): Promise<{ board: string; person_key: string }[]>;
  /** Board members with names, by name. */
  boardMemberNames(): Promise<{ board: string; key: string; name: string }[]>;
  /** A board's members' names, by family name. */
  membersOf(board: string): Promise<string[]>;
  /** Boards a person sits on or attended. */
  boardsOf(personKey: string): Promise<string[]>;
  groupMembers(): Promise<GroupMemberRecord[]>;
  setGroupMembers(board: string, group: string, people: string[]): Promise<void>;
  /** Whether derived tables (people, members, owners) are behind the documents. */
  derivedDirty(): Promise<boolean>;
  /**
   * Replaces what is derived from all documents together, in one transaction: `resolve` is given
   * the mentions, attendance and sightings and says who each is.
   */
  replaceDerived(derived: DerivedPeople): Promise<void>;
  attendanceToResolve(): Promise<{ meeting_id: number; seq: number; name_json: string; deputy_json: string | null; document_id: number; board: string }[]>;
  sightingsToResolve(): Promise<
    { id: number; owners_json: string; meeting_date: string | null; document_id: number; board: string; doc_date: string | null }[]
  >;
}

export interface DerivedPeople {
  people: {
    key: string;
    name: string;
    given: string | null;
    family: string | null;
    initials: string | null;
    titles: string[];
    organisations: string[];
    roles: string[];
    seen: unknown[];
  }[];
  members: { board: string; personKey: string; date: string }[];
  attendees: { meetingId: number; seq: number; personKey: string | null; deputyKey: string | null }[];
  owners: { sightingId: number; seq: number; written: string; kind: string; personKey: string | null }[];
}

export interface BoardRepository {
  all(): Promise<BoardRecord[]>;
  /** By key, slug or name (any case). */
  find(typed: string): Promise<BoardRecord | null>;
}

/** Meetings as documents record them, their attendance, the clerk's corrections and members' replies. */
export interface MeetingRepository {
  all(): Promise<MeetingRecord[]>;
  /** Every meeting's board, date and the next meeting it names: the dates an action's words can point to. */
  dates(): Promise<{ board: string; date: string; next_date: string | null }[]>;
  attendance(): Promise<AttendanceRecord[]>;
  /** Per meeting of a document: present and apologies counted. */
  countsOf(documentId: number): Promise<DocumentMeetingCount[]>;
  /** The document recording a board's meeting on a date (minutes before an agenda). */
  documentOf(board: string, date: string): Promise<string | null>;
  corrections(): Promise<MeetingCorrectionRecord[]>;
  correctedMeetings(): Promise<{ board: string; meeting_date: string }[]>;
  addCorrections(board: string, date: string, changes: [string, unknown][], actor: string, at: string, why: string | null): Promise<void>;
  responses(): Promise<ResponseRecord[]>;
  responseOf(board: string, date: string, person: string): Promise<MeetingResponse | null>;
  responsesFor(board: string, date: string): Promise<MeetingResponse[]>;
  saveResponse(board: string, date: string, person: string, r: { response: Response; deputy: string | null; reason: string | null; at: string }): Promise<void>;
}

export interface RosterRepository {
  all(): Promise<RosterEntry[]>;
  replace(entries: RosterEntry[]): Promise<void>;
  byAadObjectId(id: string): Promise<{ name: string; role: MemberRole } | null>;
  byEmail(email: string): Promise<{ name: string; role: MemberRole } | null>;
  byName(name: string): Promise<{ name: string; role: MemberRole } | null>;
}

/** Documents as stored, their reviews, and what search reads of them. */
export interface DocumentRepository {
  isUnchanged(name: string, sha256: string): Promise<boolean>;
  /** What a stored document held: its kind, and how many meetings and actions were read from it. */
  summary(name: string): Promise<{ kind: string; meetings: number; actions: number } | null>;
  write(file: StoredFile, doc: ExtractedDocument, passages: PassageWrite[], now: string): Promise<WriteOutcome>;
  remove(name: string): Promise<boolean>;
  names(): Promise<{ id: number; name: string }[]>;
  sha256Of(name: string): Promise<string | null>;
  boardNameOf(name: string): Promise<string | null>;
  /** How many documents the library holds (the health check, and whether to load the demo papers). */
  count(): Promise<number>;
  /** The board key a document belongs to: `undefined` when there is no such document, `null` for shared guidance. */
  boardOf(name: string): Promise<string | null | undefined>;
  /** When a document was ingested and whether the clerk reviewed this version of it. */
  reviewState(name: string): Promise<{ ingested_at: string; reviewed: number | null } | null>;
  forReview(): Promise<DocumentReviewRecord[]>;
  markReviewed(name: string, sha256: string, by: string, at: string): Promise<void>;
  /** Passages under a heading that names attendance, in reading order. */
  attendancePassages(): Promise<{ heading: string; text: string; board_key: string; document: string; board: string | null }[]>;
  /** Acronyms the documents define, upper-case term -> expansion (first definition wins). */
  glossary(): Promise<Map<string, string>>;
}

/** A passage of a document being written, for search. */
export type PassageWrite = Omit<PassageRecord, 'document'>;

export interface ProposalRepository {
  record(p: {
    actionId: string;
    person: string;
    personKey: string | null;
    at: string;
    proposedDue: string | null;
    notMine: boolean;
    note: string | null;
  }): Promise<void>;
  list(state?: ProposalState | 'all'): Promise<Proposal[]>;
  get(id: number): Promise<Proposal | null>;
  /** Marks a pending proposal decided; false when someone already decided it. */
  decide(id: number, state: 'accepted' | 'declined', by: string, at: string): Promise<boolean>;
}

export interface GuidanceRepository {
  /** Stores (or replaces) a document's guidance model, inside the caller's transaction. */
  write(documentName: string, model: { partnership: string | null }): Promise<void>;
  all(): Promise<StoredGuidance[]>;
  withoutModel(): Promise<{ name: string; blocks: Block[]; boardName: string | null }[]>;
}

/** Teams conversations a member can be written to. */
export interface ConversationRepository {
  /** Person -> the newest conversation's user key. */
  reachable(): Promise<{ user_key: string; person: string }[]>;
  reference(userKey: string): Promise<string | null>;
  /** Who a Teams user is in the papers, and how to reach them, as stored. */
  stored(userKey: string): Promise<StoredConversation | null>;
  save(userKey: string, person: string, referenceJson: string, at: string): Promise<void>;
  /** The reference of a person's most recently used chat, as JSON, or null if they have none. */
  latestOf(person: string): Promise<string | null>;
  forget(userKey: string): Promise<void>;
}

/** What is stored for one Teams user's personal chat: who they are in the papers and how to reach them. */
export interface StoredConversation {
  person: string | null;
  referenceJson: string;
}

export interface MuteRepository {
  until(person: string): Promise<string | null>;
  set(person: string, until: string, at: string): Promise<void>;
  clear(person: string): Promise<boolean>;
  mutedOn(today: string): Promise<string[]>;
}

export interface OutboxRepository {
  /** Queues messages in one transaction; returns how many were queued. */
  enqueue(messages: NewOutboxMessage[], at: string): Promise<number>;
  wasSent(reason: string): Promise<boolean>;
  sending(): Promise<{ id: number; kind: string; person: string }[]>;
  nextDue(now: string): Promise<OutboxMessage | null>;
  earliestPending(): Promise<string | null>;
  /** Takes a pending message for sending; false when another sender took it. */
  claim(id: number, at: string): Promise<boolean>;
  markSent(id: number, activityId: string | null, at: string): Promise<void>;
  retryAt(id: number, next: string, error: string, at: string): Promise<void>;
  finish(id: number, state: OutboxState, error: string, at: string): Promise<void>;
  log(): Promise<OutboxEntry[]>;
}

/** The search index's shards, the passages they are built from, and which boards are stale. */
export interface ShardRepository {
  staleBoards(): Promise<string[]>;
  /** The stale boards and the count of marks so far, read together. */
  staleSnapshot(): Promise<{ boards: string[]; seq: number }>;
  markBoardStale(board: string | null): Promise<void>;
  /** Which shard holds each board's passages. */
  plan(): Promise<Record<string, string>>;
  /** Characters of passage text per board. */
  passageSizes(): Promise<{ board: string; n: number }[]>;
  /** Each shard and when it was built. */
  builtAt(): Promise<Map<string, string>>;
  passagesOf(board: string): Promise<PassageRecord[]>;
  /**
   * Swaps built shards in and drops unwanted ones in one transaction, stamped with `now` and a
   * generation number; a shard another process rebuilt meanwhile is left alone. `current` says
   * whether the stale marks could be cleared (none added since `staleSeq`).
   */
  commit(
    write: ShardWrite[],
    drop: string[],
    plan: Record<string, string>,
    staleSeq: number,
    now: string,
  ): Promise<{ current: boolean; stamp: string; written: string[] }>;
  list(): Promise<{ shard: string; builtAt: string; textBytes: number }[]>;
  load(shard: string): Promise<ShardRecord | null>;
}

/** The repositories, one per kind of record. */
export interface Repositories {
  readonly actions: ActionRepository;
  readonly audit: AuditRepository;
  readonly boards: BoardRepository;
  readonly conversations: ConversationRepository;
  readonly documents: DocumentRepository;
  readonly guidance: GuidanceRepository;
  readonly meetings: MeetingRepository;
  readonly mutes: MuteRepository;
  readonly outbox: OutboxRepository;
  readonly people: PeopleRepository;
  readonly proposals: ProposalRepository;
  readonly roster: RosterRepository;
  readonly shards: ShardRepository;
}

/** Everything the domain may ask of storage. */
export interface Store extends Repositories {
  /**
   * Runs `work` as one unit of work: all of it is stored or none. Calls made while it runs (on
   * `tx`, or on this store from inside `work`) are part of the unit; nested calls join it as a
   * savepoint. Units are serialised: another caller's unit, and another caller's single reads or
   * writes, wait until this one has committed or rolled back, so nobody sees it half-written.
   * Two processes share the store, so a unit also waits for (and is retried behind) the other
   * process's write lock. `work` should only await the store: it holds the lock while it runs.
   */
  transaction<T>(work: (tx: Store) => Promise<T>): Promise<T>;
  /** A token that changes whenever the data may have changed (here or in another process). */
  generation(): Promise<string>;
  /**
   * `compute()`'s value, reused until the data (or `variant`) changes. The value is stamped with
   * the generation read before computing, so a change made meanwhile (by compute itself or by
   * another turn while it awaited) makes the next call compute again rather than keep a stale view.
   */
  memo<T>(key: string, compute: () => T | Promise<T>, variant?: string): Promise<T>;
  close(): void;
}
