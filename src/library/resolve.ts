import type { OwnerMention } from '../extract/model';
import type { PersonName } from '../extract/names';
import { isAllMembersGroup } from '../extract/owners';
import type { Db } from '../store/db';
import { getMeta, setMeta } from '../store/db';
import { buildPeople, Mention, PeopleIndex, Person } from './people';
import { indexRoles, roleHolder, RoleIndex, rolesOf } from './roles';

const MEMBER_CONTEXTS = new Set(['chair', 'present', 'apologies', 'not-present', 'member']);

/**
 * Rebuilds what is derived from all documents together: one record per real person, who owns
 * each sighting of an action (names, initials and roles resolved to people), and who sits on
 * each board. Runs in one transaction after an ingest, and again on read if an ingest was cut
 * short, so the derived tables never disagree with the documents.
 */
export function resolveLibrary(db: Db): void {
  db.transaction(() => {
    const index = loadPeople(db);
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
    for (const p of index.people) {
      const titles = unique(p.seen.map((s) => s.title).flatMap((t) => (t ? t.split(/;\s*/) : [])));
      const orgs = unique(p.seen.map((s) => s.organisation));
      const roles = unique(p.seen.flatMap((s) => rolesOf(s.title)));
      insertPerson.run(
        p.key,
        p.name,
        p.given,
        p.family,
        p.initials[0] ?? null,
        JSON.stringify(titles),
        JSON.stringify(orgs),
        JSON.stringify(roles),
        JSON.stringify(p.seen),
      );
      for (const s of p.seen) {
        if (s.board && MEMBER_CONTEXTS.has(s.context)) insertMember.run(s.board, p.key, s.date ?? '', s.date ?? '');
      }
    }

    const attendance = db
      .prepare('SELECT a.rowid AS rid, a.name_json, a.deputy_json, m.document_id, m.board FROM attendance a JOIN meetings m ON m.id = a.meeting_id')
      .all() as { rid: number; name_json: string; deputy_json: string | null; document_id: number; board: string }[];
    const setAttendee = db.prepare('UPDATE attendance SET person_key = ?, deputy_key = ? WHERE rowid = ?');
    for (const a of attendance) {
      const person = index.resolve(JSON.parse(a.name_json) as PersonName, a.document_id, a.board);
      const deputy = a.deputy_json ? index.resolve(JSON.parse(a.deputy_json) as PersonName, a.document_id, a.board) : null;
      setAttendee.run(person?.key ?? null, deputy?.key ?? null, a.rid);
    }

    const sightings = db
      .prepare(
        `SELECT s.id, s.owners_json, s.meeting_date, s.document_id, a.board, d.doc_date
           FROM action_sightings s JOIN actions a ON a.id = s.action_id JOIN documents d ON d.id = s.document_id`,
      )
      .all() as { id: number; owners_json: string; meeting_date: string | null; document_id: number; board: string; doc_date: string | null }[];
    const insertOwner = db.prepare('INSERT INTO action_owners (sighting_id, seq, written, kind, person_key) VALUES (?, ?, ?, ?, ?)');
    const roles = indexRoles(index.people);
    for (const s of sightings) {
      const owners = JSON.parse(s.owners_json) as OwnerMention[];
      owners.forEach((o, seq) => {
        const person = ownerPerson(o, index, roles, { documentId: s.document_id, board: s.board, date: s.meeting_date ?? s.doc_date });
        insertOwner.run(s.id, seq, o.written, o.kind, person?.key ?? null);
      });
    }
    setMeta(db, 'derived_dirty', '0');
  })();
}

/** Resolves derived tables if an ingest left them out of date. */
export function ensureResolved(db: Db): void {
  if (getMeta(db, 'derived_dirty') !== '0') resolveLibrary(db);
}

export function loadPeople(db: Db): PeopleIndex {
  const rows = db.prepare('SELECT document_id, board, context, name_json, title, organisation, date FROM mentions').all() as {
    document_id: number;
    board: string | null;
    context: string;
    name_json: string;
    title: string | null;
    organisation: string | null;
    date: string | null;
  }[];
  const mentions: Mention[] = rows.map((r) => ({
    documentId: r.document_id,
    board: r.board,
    context: r.context,
    name: JSON.parse(r.name_json) as PersonName,
    title: r.title,
    organisation: r.organisation,
    date: r.date,
  }));
  return buildPeople(mentions);
}

function ownerPerson(o: OwnerMention, index: PeopleIndex, roles: RoleIndex, at: { documentId: number; board: string; date: string | null }): Person | null {
  if (o.person) return index.resolve(o.person.name, at.documentId, at.board);
  if (o.kind === 'role') return roleHolder(o.written, roles, at);
  if (o.kind === 'group' && isAllMembersGroup(o.written)) return null;
  return null;
}

function unique(values: (string | null | undefined)[]): string[] {
  const seen = new Map<string, string>();
  for (const v of values) {
    if (!v) continue;
    const k = v
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
    if (!seen.has(k)) seen.set(k, v);
  }
  return [...seen.values()];
}
