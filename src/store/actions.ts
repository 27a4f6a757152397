import { recordActionUpdate } from './action-events';
import type { Db } from './db';
import type {
  ActionRecord,
  ActionRepository,
  ActionUpdate,
  CorrectionRecord,
  EventRecord,
  SightingOwnerRecord,
  SightingRecord,
  UpdateOutcome,
} from './repositories';
import type { Sync } from './sync';

/** Actions, their sightings in documents, their owners as resolved, and the events recorded on them. */
export class SqliteActions implements Sync<ActionRepository> {
  constructor(private readonly db: Db) {}

  all(): ActionRecord[] {
    return this.db.prepare('SELECT a.id, a.board, a.version, b.name AS board_name FROM actions a JOIN boards b ON b.key = a.board').all() as ActionRecord[];
  }

  latestDocument(actionId: string): string | null {
    const row = this.db
      .prepare(
        `SELECT d.name FROM action_sightings s JOIN documents d ON d.id = s.document_id WHERE s.action_id = ?
          ORDER BY coalesce(s.meeting_date, d.doc_date) DESC LIMIT 1`,
      )
      .get(actionId) as { name: string } | undefined;
    return row?.name ?? null;
  }

  version(id: string): { id: string; board: string; version: number } | null {
    return (
      (this.db.prepare('SELECT id, board, version FROM actions WHERE id = ?').get(id) as { id: string; board: string; version: number } | undefined) ?? null
    );
  }

  exists(id: string): boolean {
    return this.db.prepare('SELECT 1 FROM actions WHERE id = ?').get(id) !== undefined;
  }

  sightings(): SightingRecord[] {
    return this.db
      .prepare(
        `SELECT s.*, d.name AS doc_name, d.doc_date FROM action_sightings s JOIN documents d ON d.id = s.document_id
          ORDER BY s.action_id`,
      )
      .all() as SightingRecord[];
  }

  sightingsOf(actionId: string): SightingRecord[] {
    return this.db
      .prepare(
        `SELECT s.*, d.name AS doc_name, d.doc_date FROM action_sightings s JOIN documents d ON d.id = s.document_id
          WHERE s.action_id = ? ORDER BY coalesce(s.meeting_date, d.doc_date), d.id, s.seq`,
      )
      .all(actionId) as SightingRecord[];
  }

  owners(): SightingOwnerRecord[] {
    return this.db
      .prepare(
        'SELECT o.sighting_id, o.written, o.kind, o.person_key, p.name FROM action_owners o LEFT JOIN people p ON p.key = o.person_key ORDER BY o.sighting_id, o.seq',
      )
      .all() as SightingOwnerRecord[];
  }

  events(): EventRecord[] {
    return this.db.prepare('SELECT * FROM action_events ORDER BY at, id').all() as EventRecord[];
  }

  eventsOf(actionId: string): EventRecord[] {
    return this.db.prepare('SELECT * FROM action_events WHERE action_id = ? ORDER BY at, id').all(actionId) as EventRecord[];
  }

  memberEvents(): (Pick<EventRecord, 'action_id' | 'status' | 'state' | 'note' | 'at'> & { for_person: string })[] {
    return this.db
      .prepare('SELECT action_id, for_person, status, state, note, at FROM action_events WHERE for_person IS NOT NULL ORDER BY at, id')
      .all() as (Pick<EventRecord, 'action_id' | 'status' | 'state' | 'note' | 'at'> & { for_person: string })[];
  }

  recordUpdate(u: ActionUpdate): UpdateOutcome {
    return recordActionUpdate(this.db, u);
  }

  insertAdded(id: string, board: string, text: string, at: string): void {
    this.db.prepare('INSERT INTO actions (id, board, ref, text, created_at) VALUES (?, ?, NULL, ?, ?)').run(id, board, text, at);
  }

  latestSighting(actionId: string): { id: number; text: string; due: string | null; status: SightingRecord['status']; owners: string[] } | null {
    const s = this.db
      .prepare(
        `SELECT s.id, s.text, s.due, s.status FROM action_sightings s JOIN documents d ON d.id = s.document_id
          WHERE s.action_id = ? ORDER BY coalesce(s.meeting_date, d.doc_date) DESC, d.id DESC, s.seq DESC LIMIT 1`,
      )
      .get(actionId) as { id: number; text: string; due: string | null; status: SightingRecord['status'] } | undefined;
    if (!s) return null;
    const owners = (this.db.prepare('SELECT written FROM action_owners WHERE sighting_id = ? ORDER BY seq').all(s.id) as { written: string }[]).map(
      (o) => o.written,
    );
    return { ...s, owners };
  }

  corrections(): CorrectionRecord[] {
    return this.db
      .prepare(
        `SELECT e.action_id, e.text, e.due, e.status, e.owners_json, e.document_said_json, a.ref FROM action_events e JOIN actions a ON a.id = e.action_id
                 WHERE e.kind = 'correct' AND e.document_said_json IS NOT NULL ORDER BY e.at, e.id`,
      )
      .all() as CorrectionRecord[];
  }

  namedOwnerGroups(board: string): { written: string; kind: string }[] {
    return this.db
      .prepare(
        `SELECT DISTINCT o.written, o.kind FROM action_owners o JOIN action_sightings s ON s.id = o.sighting_id JOIN actions a ON a.id = s.action_id
          WHERE a.board = ? AND o.person_key IS NULL AND o.kind IN ('group', 'role', 'organisation')
         UNION SELECT DISTINCT group_name, 'group' FROM group_members WHERE board = ?`,
      )
      .all(board, board) as { written: string; kind: string }[];
  }

  groupOwnerCounts(): { board: string; key: string; written: string; n: number }[] {
    return this.db
      .prepare(
        `SELECT b.name AS board, b.key, o.written, count(DISTINCT s.action_id) AS n
           FROM action_owners o JOIN action_sightings s ON s.id = o.sighting_id JOIN actions a ON a.id = s.action_id JOIN boards b ON b.key = a.board
          WHERE o.kind = 'group' GROUP BY b.key, o.written`,
      )
      .all() as { board: string; key: string; written: string; n: number }[];
  }

  sightingPassages(documentId: number): { action_id: string; passage: string }[] {
    return this.db.prepare('SELECT action_id, passage FROM action_sightings WHERE document_id = ? ORDER BY seq').all(documentId) as {
      action_id: string;
      passage: string;
    }[];
  }

  addedTo(document: string): string[] {
    return (
      this.db.prepare("SELECT action_id FROM action_events WHERE added_json IS NOT NULL AND json_extract(added_json, '$.document') = ?").all(document) as {
        action_id: string;
      }[]
    ).map((r) => r.action_id);
  }
}
