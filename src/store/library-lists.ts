import type { Db } from './db';

/** How many documents the library holds (the health check, and whether to load the demo papers). */
export function documentCount(db: Db): number {
  return (db.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n;
}

export function boardList(db: Db): { key: string; name: string }[] {
  return db.prepare('SELECT key, name FROM boards ORDER BY name').all() as { key: string; name: string }[];
}

/** The board a document belongs to, or null (unknown document, or one not tied to a board). */
export function boardOfDocument(db: Db, document: string): string | null {
  const row = db.prepare('SELECT board FROM documents WHERE name = ?').get(document) as { board: string | null } | undefined;
  return row?.board ?? null;
}

/** The latest document that mentions an action: where the clerk reviews it. */
export function latestDocumentOfAction(db: Db, actionId: string): string | null {
  const row = db
    .prepare(
      'SELECT d.name FROM action_sightings s JOIN documents d ON d.id = s.document_id WHERE s.action_id = ? ORDER BY coalesce(s.meeting_date, d.doc_date) DESC LIMIT 1',
    )
    .get(actionId) as { name: string } | undefined;
  return row?.name ?? null;
}

/** Everyone the papers list as a member of some board, by family name. */
export function boardMemberNames(db: Db): string[] {
  return (
    db.prepare('SELECT DISTINCT p.name FROM board_members m JOIN people p ON p.key = m.person_key ORDER BY p.family, p.name').all() as { name: string }[]
  ).map((r) => r.name);
}
