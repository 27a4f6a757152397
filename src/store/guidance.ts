import type { Block } from '../ingest/document';
import type { Db } from './db';
import type { GuidanceRepository } from './repositories';
import type { Sync } from './sync';

export interface StoredGuidance {
  document: string;
  /** The board key the document was ingested for, if any. */
  board: string | null;
  boardName: string | null;
  /** The guidance model (src/guidance/model.ts), kept as the guidance layer wrote it. */
  model: unknown;
}

/** Stores (or replaces) the guidance model of one document, inside the caller's transaction. */
export function writeGuidance(db: Db, documentName: string, model: { partnership: string | null }): void {
  const doc = db.prepare('SELECT id, board FROM documents WHERE name = ?').get(documentName) as { id: number; board: string | null } | undefined;
  if (!doc) return;
  db.prepare(
    `INSERT INTO guidance (document_id, board, partnership, model_json) VALUES (?, ?, ?, ?)
     ON CONFLICT(document_id) DO UPDATE SET board = excluded.board, partnership = excluded.partnership, model_json = excluded.model_json`,
  ).run(doc.id, doc.board, model.partnership, JSON.stringify(model));
}

/** The board a document was ingested for, by name ("Northmoor Safeguarding Children Partnership"). */
export function documentBoardName(db: Db, documentName: string): string | null {
  const row = db.prepare('SELECT b.name FROM documents d JOIN boards b ON b.key = d.board WHERE d.name = ?').get(documentName) as { name: string } | undefined;
  return row?.name ?? null;
}

/** Every stored guidance model, oldest document first. */
export function storedGuidance(db: Db): StoredGuidance[] {
  const rows = db
    .prepare(
      `SELECT d.name AS document, g.board, b.name AS boardName, g.model_json FROM guidance g
         JOIN documents d ON d.id = g.document_id LEFT JOIN boards b ON b.key = g.board ORDER BY d.id`,
    )
    .all() as { document: string; board: string | null; boardName: string | null; model_json: string }[];
  return rows.map((r) => ({ document: r.document, board: r.board, boardName: r.boardName, model: JSON.parse(r.model_json) as unknown }));
}

/** Guidance documents that have no model yet (ingested before models were kept). */
export function guidanceWithoutModel(db: Db): { name: string; blocks: Block[]; boardName: string | null }[] {
  const rows = db
    .prepare(
      `SELECT d.name, d.blocks_json, b.name AS boardName FROM documents d LEFT JOIN boards b ON b.key = d.board
        WHERE d.kind = 'guidance' AND NOT EXISTS (SELECT 1 FROM guidance g WHERE g.document_id = d.id) ORDER BY d.id`,
    )
    .all() as { name: string; blocks_json: string; boardName: string | null }[];
  return rows.map((r) => ({ name: r.name, blocks: JSON.parse(r.blocks_json) as Block[], boardName: r.boardName }));
}

/** Board keys a person sits on, by the person's key. */
export function boardsOfPerson(db: Db, personKey: string): string[] {
  return (db.prepare('SELECT board FROM board_members WHERE person_key = ?').all(personKey) as { board: string }[]).map((r) => r.board);
}

/** Acronyms the library's documents define, upper-case term -> expansion (first definition wins). */
export function glossaryExpansions(db: Db): Map<string, string> {
  const rows = db.prepare('SELECT term, expansion FROM glossary ORDER BY document_id').all() as { term: string; expansion: string }[];
  const out = new Map<string, string>();
  for (const r of rows) if (!out.has(r.term.toUpperCase())) out.set(r.term.toUpperCase(), r.expansion);
  return out;
}

/** The guidance models built from threshold documents. */
export class SqliteGuidance implements Sync<GuidanceRepository> {
  constructor(private readonly db: Db) {}

  write(documentName: string, model: { partnership: string | null }): void {
    writeGuidance(this.db, documentName, model);
  }

  all(): StoredGuidance[] {
    return storedGuidance(this.db);
  }

  withoutModel(): { name: string; blocks: Block[]; boardName: string | null }[] {
    return guidanceWithoutModel(this.db);
  }
}
