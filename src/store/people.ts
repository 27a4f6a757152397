import type { Db } from './db';
import { getMeta, setMeta } from './db';
import type { DerivedPeople, GroupMemberRecord, MentionRecord, PeopleRepository, PersonRecord } from './repositories';
import type { Sync } from './sync';

/** People as resolved across the library, board membership, and the subgroups the clerk fills. */
export class SqlitePeople implements Sync<PeopleRepository> {
  constructor(private readonly db: Db) {}

  all(): PersonRecord[] {
    return this.db.prepare('SELECT * FROM people').all() as PersonRecord[];
  }

  allByFamily(): PersonRecord[] {
    return this.db.prepare('SELECT * FROM people ORDER BY coalesce(family, name), name').all() as PersonRecord[];
  }

  mentions(): MentionRecord[] {
    return this.db.prepare('SELECT document_id, board, context, name_json, title, organisation, date FROM mentions').all() as MentionRecord[];
  }

  boardMembers(): { board: string; person_key: string }[] {
    return this.db.prepare('SELECT board, person_key FROM board_members').all() as { board: string; person_key: string }[];
  }

  boardMemberNames(): { board: string; key: string; name: string }[] {
    return this.db.prepare('SELECT m.board, p.key, p.name FROM board_members m JOIN people p ON p.key = m.person_key ORDER BY p.name').all() as {
      board: string;
      key: string;
      name: string;
    }[];
  }

  membersOf(board: string): string[] {
    return (
      this.db.prepare('SELECT p.name FROM board_members m JOIN people p ON p.key = m.person_key WHERE m.board = ? ORDER BY p.family, p.name').all(board) as {
        name: string;
      }[]
    ).map((r) => r.name);
  }

  boardsOf(personKey: string): string[] {
    return (
      this.db
        .prepare(
          `SELECT board FROM board_members WHERE person_key = ?
            UNION SELECT m.board FROM attendance a JOIN meetings m ON m.id = a.meeting_id WHERE a.person_key = ? ORDER BY 1`,
        )
        .all(personKey, personKey) as { board: string }[]
    ).map((r) => r.board);
  }

  groupMembers(): GroupMemberRecord[] {
    return this.db.prepare('SELECT board, group_name, person_name FROM group_members ORDER BY person_name').all() as GroupMemberRecord[];
  }

  setGroupMembers(board: string, group: string, people: string[]): void {
    this.db.transaction(() => {
      this.db.prepare('DELETE FROM group_members WHERE board = ? AND lower(group_name) = lower(?)').run(board, group);
      const insert = this.db.prepare('INSERT INTO group_members (board, group_name, person_name) VALUES (?, ?, ?)');
      for (const p of people) insert.run(board, group, p);
    })();
  }

  derivedDirty(): boolean {
    return getMeta(this.db, 'derived_dirty') !== '0';
  }

  attendanceToResolve(): { meeting_id: number; seq: number; name_json: string; deputy_json: string | null; document_id: number; board: string }[] {
    return this.db
      .prepare('SELECT a.meeting_id, a.seq, a.name_json, a.deputy_json, m.document_id, m.board FROM attendance a JOIN meetings m ON m.id = a.meeting_id')
      .all() as { meeting_id: number; seq: number; name_json: string; deputy_json: string | null; document_id: number; board: string }[];
  }

  sightingsToResolve(): { id: number; owners_json: string; meeting_date: string | null; document_id: number; board: string; doc_date: string | null }[] {
    return this.db
      .prepare(
        `SELECT s.id, s.owners_json, s.meeting_date, s.document_id, a.board, d.doc_date
           FROM action_sightings s JOIN actions a ON a.id = s.action_id JOIN documents d ON d.id = s.document_id`,
      )
      .all() as { id: number; owners_json: string; meeting_date: string | null; document_id: number; board: string; doc_date: string | null }[];
  }

  replaceDerived(d: DerivedPeople): void {
    const db = this.db;
    db.transaction(() => {
      db.prepare('DELETE FROM people').run();
      db.prepare('DELETE FROM board_members').run();
      db.prepare('DELETE FROM action_owners').run();
      const insertPerson = db.prepare(
        'INSERT INTO people (key, name, given, family, initials, titles_json, organisations_json, roles_json, seen_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
      );
      const insertMember = db.prepare(
        `INSERT INTO board_members (board, person_key, first_seen, last_seen) VALUES (?, ?, ?, ?)
         ON CONFLICT(board, person_key) DO UPDATE SET first_seen = min(first_seen, excluded.first_seen), last_seen = max(last_seen, excluded.last_seen)`,
      );
      for (const p of d.people) {
        insertPerson.run(
          p.key,
          p.name,
          p.given,
          p.family,
          p.initials,
          JSON.stringify(p.titles),
          JSON.stringify(p.organisations),
          JSON.stringify(p.roles),
          JSON.stringify(p.seen),
        );
      }
      for (const m of d.members) insertMember.run(m.board, m.personKey, m.date, m.date);
      const setAttendee = db.prepare('UPDATE attendance SET person_key = ?, deputy_key = ? WHERE meeting_id = ? AND seq = ?');
      for (const a of d.attendees) setAttendee.run(a.personKey, a.deputyKey, a.meetingId, a.seq);
      const insertOwner = db.prepare('INSERT INTO action_owners (sighting_id, seq, written, kind, person_key) VALUES (?, ?, ?, ?, ?)');
      for (const o of d.owners) insertOwner.run(o.sightingId, o.seq, o.written, o.kind, o.personKey);
      setMeta(db, 'derived_dirty', '0');
    })();
  }
}
