import type { Db } from './db';

/**
 * Which board a thing the clerk reviews belongs to — a document, an action, a proposal — so the
 * review and export paths can check the asker sits on it before anything of it is read out.
 * `undefined`: no such thing; `null`: it belongs to no board (shared guidance).
 */

export function boardOfDocument(db: Db, name: string): string | null | undefined {
  const row = db.prepare('SELECT board FROM documents WHERE name = ?').get(name) as { board: string | null } | undefined;
  return row ? row.board : undefined;
}

export function boardOfAction(db: Db, actionId: string): string | undefined {
  const row = db.prepare('SELECT board FROM actions WHERE id = ?').get(actionId) as { board: string } | undefined;
  return row?.board;
}

export function actionOfProposal(db: Db, id: number): string | undefined {
  const row = db.prepare('SELECT action_id FROM proposals WHERE id = ?').get(id) as { action_id: string } | undefined;
  return row?.action_id;
}

/** The latest document to mention an action (the one its review card is about). */
export function latestDocumentOf(db: Db, actionId: string): string | null {
  const row = db
    .prepare(
      `SELECT d.name FROM action_sightings s JOIN documents d ON d.id = s.document_id WHERE s.action_id = ?
        ORDER BY coalesce(s.meeting_date, d.doc_date) DESC LIMIT 1`,
    )
    .get(actionId) as { name: string } | undefined;
  return row?.name ?? null;
}

/** The boards the library holds, by name. */
export function allBoards(db: Db): { key: string; name: string }[] {
  return db.prepare('SELECT key, name FROM boards ORDER BY name').all() as { key: string; name: string }[];
}
