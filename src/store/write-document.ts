import type Database from 'better-sqlite3';

import { boardKey } from '../extract/board-name';
import type { ExtractedDocument, PersonMention } from '../extract/model';
import type { Block, SourceFormat } from '../ingest/document';
import type { Db } from './db';
import { setMeta } from './db';
import { actionId, boardSlug } from './ids';
import type { PassageWrite } from './repositories';
import { markBoardStale } from './shard-state';

/**
 * Statements compiled once per connection and reused for every document: an ingest writes hundreds
 * of documents and thousands of rows, and compiling the same SQL again for each was a measurable
 * share of it. Only run/get/all are used on these (never iterate), so a reused one is never busy.
 */
const statements = new WeakMap<Db, { prepare: (sql: string) => Database.Statement }>();

function cached(db: Db): { prepare: (sql: string) => Database.Statement } {
  let cache = statements.get(db);
  if (!cache) {
    const bySql = new Map<string, Database.Statement>();
    cache = { prepare: (sql) => bySql.get(sql) ?? bySql.set(sql, db.prepare(sql)).get(sql)! };
    statements.set(db, cache);
  }
  return cache;
}

export interface StoredFile {
  name: string;
  sha256: string;
  format: SourceFormat;
  bytes: number;
  textChars: number;
  /** Kept for a guidance document only (see storedBlocks). */
  blocks: Block[];
}

export type WriteOutcome = 'added' | 'replaced' | 'unchanged';

/** Whether the library already holds this exact file (same name, same content). */
export function isUnchanged(db: Db, name: string, sha256: string): boolean {
  const row = cached(db).prepare('SELECT sha256 FROM documents WHERE name = ?').get(name) as { sha256: string } | undefined;
  return row?.sha256 === sha256;
}

/**
 * Stores one document in a single transaction: a changed file replaces its earlier version
 * (its meetings, attendance, mentions and sightings of actions go with it), while actions that
 * members have recorded something against are kept, whatever the new version says.
 */
/**
 * `passages` are what search will read of the document (see documentPassages), worked out by the
 * caller: the store keeps them, it does not decide them.
 */
export function writeDocument(db: Db, file: StoredFile, doc: ExtractedDocument, now: string, passages: PassageWrite[]): WriteOutcome {
  return db.transaction((): WriteOutcome => {
    const existing = cached(db).prepare('SELECT id, sha256, version, board FROM documents WHERE name = ?').get(file.name) as
      { id: number; sha256: string; version: number; board: string | null } | undefined;
    if (existing?.sha256 === file.sha256) return 'unchanged';
    const before = existing ? sightingSignatures(db, existing.id) : new Map<string, string>();
    if (existing) cached(db).prepare('DELETE FROM documents WHERE id = ?').run(existing.id);

    const boardOf = (name: string | null): string => ensureBoard(db, name ?? doc.board ?? soleBoard(db) ?? 'Board');
    const docBoard = doc.board ? boardOf(doc.board) : null;
    const docId = Number(
      cached(db)
        .prepare(
          `INSERT INTO documents (name, sha256, kind, format, title, board, doc_date, bytes, text_chars, blocks_json, notes_json, ingested_at, version)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          file.name,
          file.sha256,
          doc.kind,
          file.format,
          doc.title,
          docBoard,
          doc.date,
          file.bytes,
          file.textChars,
          storedBlocks(file, doc),
          JSON.stringify(doc.notes),
          now,
          (existing?.version ?? 0) + 1,
        ).lastInsertRowid,
    );

    const insertMention = cached(db).prepare(
      'INSERT INTO mentions (document_id, board, context, name_json, title, organisation, date) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
    const mention = (board: string | null, context: string, m: PersonMention) =>
      insertMention.run(docId, board, context, JSON.stringify(m.name), m.title, m.organisation, m.date);

    const insertMeeting = cached(db).prepare(
      `INSERT INTO meetings (document_id, board, date, title, time, venue, source, next_date, next_time, next_venue, next_written, next_corrected, items_json, decisions_json)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const insertAttendance = cached(db).prepare(
      'INSERT INTO attendance (meeting_id, seq, role, name_json, title, organisation, deputy_json, raw) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    );
    for (const m of doc.meetings) {
      const board = boardOf(m.board);
      const n = m.nextMeeting;
      const meetingId = Number(
        insertMeeting.run(
          docId,
          board,
          m.date,
          m.title,
          m.time,
          m.venue,
          m.source,
          n?.date ?? null,
          n?.time ?? null,
          n?.venue ?? null,
          n?.written ?? null,
          n?.yearCorrected ? 1 : 0,
          // Each item's number and title: its text is searched in the passages, and nothing reads it from here.
          JSON.stringify(m.items.map((it) => ({ number: it.number, title: it.title }))),
          JSON.stringify(m.decisions),
        ).lastInsertRowid,
      );
      m.attendance.forEach((a, seq) => {
        insertAttendance.run(meetingId, seq, a.role, JSON.stringify(a.name), a.title, a.organisation, a.deputy ? JSON.stringify(a.deputy) : null, a.raw);
        mention(board, a.role, a);
        if (a.deputy) mention(board, 'deputy', { name: a.deputy, title: null, organisation: null, date: a.date });
      });
    }
    for (const p of doc.people) mention(docBoard, 'named', p);
    for (const p of doc.members) mention(docBoard, 'member', p);

    const insertSighting = cached(db).prepare(
      `INSERT INTO action_sightings (action_id, document_id, seq, ref, text, owners_json, due, due_text, status, state, rag, progress, form, meeting_date, item, passage)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const ensureAction = cached(db).prepare('INSERT INTO actions (id, board, ref, text, created_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT(id) DO NOTHING');
    const slugOf = cached(db).prepare('SELECT slug FROM boards WHERE key = ?');
    const after = new Map<string, string>();
    const created = new Set<string>();
    doc.actions.forEach((a, seq) => {
      const board = boardOf(a.board);
      const slug = (slugOf.get(board) as { slug: string }).slug;
      const id = actionId(slug, a.ref, a.text, a.share);
      if (ensureAction.run(id, board, a.ref, a.text, now).changes > 0) created.add(id);
      const owners = JSON.stringify(a.owners);
      insertSighting.run(
        id,
        docId,
        seq,
        a.ref,
        a.text,
        owners,
        a.due,
        a.dueText,
        a.status,
        a.state,
        a.rag,
        a.progress,
        a.form,
        a.meetingDate,
        a.item,
        a.passage,
      );
      after.set(id, (after.get(id) ?? '') + signature(a.text, owners, a.due, a.status, a.state, a.rag, a.progress));
    });
    // An action whose documented state changed gets a new version, so that a card showing the
    // old state is recognised as stale.
    const bump = cached(db).prepare('UPDATE actions SET version = version + 1 WHERE id = ?');
    for (const id of new Set([...before.keys(), ...after.keys()])) {
      if (!created.has(id) && before.get(id) !== after.get(id)) bump.run(id);
    }

    const insertPassage = cached(db).prepare(
      'INSERT INTO passages (document_id, seq, board, kind, title, heading, text, meeting_date, item) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
    );
    passages.forEach((p, seq) => insertPassage.run(docId, seq, p.board, p.kind, p.title, p.heading, p.text, p.meetingDate, p.item));
    markBoardStale(db, docBoard);
    if (existing) markBoardStale(db, existing.board);

    const insertGlossary = cached(db).prepare('INSERT INTO glossary (document_id, term, expansion) VALUES (?, ?, ?)');
    for (const g of doc.glossary) insertGlossary.run(docId, g.term, g.expansion);

    dropOrphanActions(db, [...before.keys()]);
    setMeta(db, 'derived_dirty', '1');
    return existing ? 'replaced' : 'added';
  })();
}

/**
 * The blocks are kept only where something reads them again: a guidance document's model can be
 * rebuilt from them (guidanceWithoutModel). Nothing reads a minutes' or action log's blocks back
 * (search has its passages, everything else its own rows), and writing them was half of what an
 * ingest wrote, so those store an empty list.
 */
function storedBlocks(file: StoredFile, doc: ExtractedDocument): string {
  return doc.kind === 'guidance' ? JSON.stringify(file.blocks) : '[]';
}

function sightingSignatures(db: Db, documentId: number): Map<string, string> {
  const rows = cached(db)
    .prepare('SELECT action_id, text, owners_json, due, status, state, rag, progress FROM action_sightings WHERE document_id = ? ORDER BY seq')
    .all(documentId) as {
    action_id: string;
    text: string;
    owners_json: string;
    due: string | null;
    status: string;
    state: string;
    rag: string | null;
    progress: string | null;
  }[];
  const out = new Map<string, string>();
  for (const r of rows) out.set(r.action_id, (out.get(r.action_id) ?? '') + signature(r.text, r.owners_json, r.due, r.status, r.state, r.rag, r.progress));
  return out;
}

function signature(...fields: (string | null)[]): string {
  return JSON.stringify(fields);
}

/**
 * Of the given actions (those a replaced or removed document mentioned), drops the ones no
 * document mentions any more, unless a member has recorded something on them.
 */
export function dropOrphanActions(db: Db, ids: string[]): void {
  const drop = cached(db).prepare(
    `DELETE FROM actions WHERE id = ?
       AND NOT EXISTS (SELECT 1 FROM action_sightings WHERE action_id = ?)
       AND NOT EXISTS (SELECT 1 FROM action_events WHERE action_id = ?)`,
  );
  for (const id of ids) drop.run(id, id, id);
}

/** Registers a board on first sight and returns its key. */
export function ensureBoard(db: Db, name: string): string {
  const key = boardKey(name);
  const row = cached(db).prepare('SELECT key FROM boards WHERE key = ?').get(key) as { key: string } | undefined;
  if (row) return key;
  // Minutes that name their board only by its acronym ("CSCB") belong to the board the library
  // already knows by that name written out — when exactly one board's initials spell it.
  if (/^[A-Z]{3,7}$/.test(name.trim())) {
    const spelled = (cached(db).prepare('SELECT key, name FROM boards').all() as { key: string; name: string }[]).filter(
      (b) => initialsOf(b.name) === name.trim(),
    );
    if (spelled.length === 1) return spelled[0]!.key;
  }
  // "Westerby LSCB" and "Westerby Local Safeguarding Children Board" are one board, whichever came first.
  const same = (cached(db).prepare('SELECT key, name FROM boards').all() as { key: string; name: string }[]).filter((b) => placeAndAcronymMatch(name, b.name));
  if (same.length === 1) return same[0]!.key;
  const base = boardSlug(name);
  let slug = base;
  for (let n = 2; cached(db).prepare('SELECT 1 FROM boards WHERE slug = ?').get(slug); n++) slug = `${base}${n}`;
  cached(db).prepare('INSERT INTO boards (key, name, slug) VALUES (?, ?, ?)').run(key, name, slug);
  return key;
}

/** One name is "<Place> <ACRONYM>" and the other the same place followed by the words the acronym spells. */
function placeAndAcronymMatch(a: string, b: string): boolean {
  const short = /^(.+?)\s+([A-Z]{2,7})$/;
  const [abbreviated, full] = short.test(a.trim()) ? [a.trim(), b.trim()] : short.test(b.trim()) ? [b.trim(), a.trim()] : [null, null];
  if (!abbreviated || !full) return false;
  const [, place, acronym] = short.exec(abbreviated)!;
  if (!full.toLowerCase().startsWith(`${place!.toLowerCase()} `)) return false;
  return initialsOf(full.slice(place!.length)) === acronym;
}

/** "Calderdale Safeguarding Children Board" -> "CSCB": the initials of its words, small words left out. */
function initialsOf(name: string): string {
  return name
    .split(/[\s&,]+/)
    .filter((w) => w && !/^(?:and|of|the|for|in|on)$/i.test(w))
    .map((w) => w[0]!.toUpperCase())
    .join('');
}

/** A document that names no board (a bare action log) belongs to the library's only board, if it has one. */
function soleBoard(db: Db): string | null {
  const rows = cached(db).prepare('SELECT name FROM boards LIMIT 2').all() as { name: string }[];
  return rows.length === 1 ? rows[0]!.name : null;
}

/** Removes a document and everything it said (members' own records stay). */
export function removeDocument(db: Db, name: string): boolean {
  return db.transaction(() => {
    const doc = db.prepare('SELECT id, board FROM documents WHERE name = ?').get(name) as { id: number; board: string | null } | undefined;
    if (!doc) return false;
    const mentioned = (db.prepare('SELECT DISTINCT action_id FROM action_sightings WHERE document_id = ?').all(doc.id) as { action_id: string }[]).map(
      (r) => r.action_id,
    );
    const changed = db.prepare('DELETE FROM documents WHERE id = ?').run(doc.id).changes > 0;
    if (changed) {
      markBoardStale(db, doc.board);
      dropOrphanActions(db, mentioned);
      setMeta(db, 'derived_dirty', '1');
    }
    return changed;
  })();
}
