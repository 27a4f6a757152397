import type { Db } from './db';
import type {
  AttendanceRecord,
  DocumentMeetingCount,
  MeetingCorrectionRecord,
  MeetingRecord,
  MeetingRepository,
  MeetingResponse,
  ResponseRecord,
} from './repositories';
import type { Sync } from './sync';

/** Meetings as documents record them, with attendance, the clerk's corrections and members' replies. */
export class SqliteMeetings implements Sync<MeetingRepository> {
  constructor(private readonly db: Db) {}

  dates(): { board: string; date: string; next_date: string | null }[] {
    return this.db.prepare('SELECT board, date, next_date FROM meetings').all() as { board: string; date: string; next_date: string | null }[];
  }

  all(): MeetingRecord[] {
    return this.db
      .prepare(
        `SELECT m.*, b.name AS board_name, d.name AS doc_name FROM meetings m
           JOIN boards b ON b.key = m.board JOIN documents d ON d.id = m.document_id
          ORDER BY m.date, m.source DESC, d.id`,
      )
      .all() as MeetingRecord[];
  }

  attendance(): AttendanceRecord[] {
    return this.db
      .prepare('SELECT meeting_id, role, name_json, deputy_json, person_key, deputy_key FROM attendance ORDER BY meeting_id, seq')
      .all() as AttendanceRecord[];
  }

  countsOf(documentId: number): DocumentMeetingCount[] {
    return this.db
      .prepare(
        `SELECT m.board, m.date, m.next_date,
                (SELECT count(*) FROM attendance t WHERE t.meeting_id = m.id AND t.role IN ('present', 'chair')) AS present,
                (SELECT count(*) FROM attendance t WHERE t.meeting_id = m.id AND t.role = 'apologies') AS apologies
           FROM meetings m WHERE m.document_id = ? ORDER BY m.date`,
      )
      .all(documentId) as DocumentMeetingCount[];
  }

  documentOf(board: string, date: string): string | null {
    const row = this.db
      .prepare("SELECT d.name FROM meetings m JOIN documents d ON d.id = m.document_id WHERE m.board = ? AND m.date = ? ORDER BY m.source = 'minutes' DESC")
      .get(board, date) as { name: string } | undefined;
    return row?.name ?? null;
  }

  corrections(): MeetingCorrectionRecord[] {
    return this.db.prepare('SELECT board, meeting_date, field, value_json FROM meeting_corrections ORDER BY at, id').all() as MeetingCorrectionRecord[];
  }

  correctedMeetings(): { board: string; meeting_date: string }[] {
    return this.db.prepare('SELECT DISTINCT board, meeting_date FROM meeting_corrections').all() as { board: string; meeting_date: string }[];
  }

  addCorrections(board: string, date: string, changes: [string, unknown][], actor: string, at: string, why: string | null): void {
    const insert = this.db.prepare('INSERT INTO meeting_corrections (board, meeting_date, field, value_json, actor, at, why) VALUES (?, ?, ?, ?, ?, ?, ?)');
    this.db.transaction(() => {
      for (const [field, value] of changes) insert.run(board, date, field, JSON.stringify(value), actor, at, why);
    })();
  }

  responses(): ResponseRecord[] {
    return this.db.prepare('SELECT board, meeting_date, person, response, deputy FROM meeting_responses ORDER BY person').all() as ResponseRecord[];
  }

  responseOf(board: string, date: string, person: string): MeetingResponse | null {
    const r = this.db
      .prepare('SELECT person, response, deputy, reason, at FROM meeting_responses WHERE board = ? AND meeting_date = ? AND person = ?')
      .get(board, date, person) as MeetingResponse | undefined;
    return r ?? null;
  }

  responsesFor(board: string, date: string): MeetingResponse[] {
    return this.db
      .prepare('SELECT person, response, deputy, reason, at FROM meeting_responses WHERE board = ? AND meeting_date = ? ORDER BY person')
      .all(board, date) as MeetingResponse[];
  }

  saveResponse(board: string, date: string, person: string, r: Omit<MeetingResponse, 'person'>): void {
    this.db
      .prepare(
        `INSERT INTO meeting_responses (board, meeting_date, person, response, deputy, reason, at) VALUES (?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT(board, meeting_date, person) DO UPDATE SET response = excluded.response, deputy = excluded.deputy, reason = excluded.reason, at = excluded.at`,
      )
      .run(board, date, person, r.response, r.deputy, r.reason, r.at);
  }
}
