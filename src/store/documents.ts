import type { ExtractedDocument } from '../extract/model';
import type { Db } from './db';
import type { DocumentRepository, DocumentReviewRecord, PassageWrite, StoredFile, WriteOutcome } from './repositories';
import type { Sync } from './sync';
import { isUnchanged, removeDocument, writeDocument } from './write-document';

/** The documents the library holds, the clerk's reviews of them, and what search reads of them. */
export class SqliteDocuments implements Sync<DocumentRepository> {
  constructor(private readonly db: Db) {}

  isUnchanged(name: string, sha256: string): boolean {
    return isUnchanged(this.db, name, sha256);
  }

  summary(name: string): { kind: string; meetings: number; actions: number } | null {
    return (
      (this.db
        .prepare(
          `SELECT d.kind, (SELECT count(*) FROM meetings m WHERE m.document_id = d.id) AS meetings,
                  (SELECT count(*) FROM action_sightings s WHERE s.document_id = d.id) AS actions
             FROM documents d WHERE d.name = ?`,
        )
        .get(name) as { kind: string; meetings: number; actions: number } | undefined) ?? null
    );
  }

  write(file: StoredFile, doc: ExtractedDocument, passages: PassageWrite[], now: string): WriteOutcome {
    return writeDocument(this.db, file, doc, now, passages);
  }

  remove(name: string): boolean {
    return removeDocument(this.db, name);
  }

  names(): { id: number; name: string }[] {
    return this.db.prepare('SELECT id, name FROM documents').all() as { id: number; name: string }[];
  }

  sha256Of(name: string): string | null {
    return (this.db.prepare('SELECT sha256 FROM documents WHERE name = ?').get(name) as { sha256: string } | undefined)?.sha256 ?? null;
  }

  count(): number {
    return (this.db.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n;
  }

  boardNameOf(name: string): string | null {
    const row = this.db.prepare('SELECT b.name FROM documents d JOIN boards b ON b.key = d.board WHERE d.name = ?').get(name) as { name: string } | undefined;
    return row?.name ?? null;
  }

  boardOf(name: string): string | null | undefined {
    const row = this.db.prepare('SELECT board FROM documents WHERE name = ?').get(name) as { board: string | null } | undefined;
    return row ? row.board : undefined;
  }

  reviewState(name: string): { ingested_at: string; reviewed: number | null } | null {
    return (
      (this.db
        .prepare('SELECT d.ingested_at, r.sha256 = d.sha256 AS reviewed FROM documents d LEFT JOIN document_reviews r ON r.document = d.name WHERE d.name = ?')
        .get(name) as { ingested_at: string; reviewed: number | null } | undefined) ?? null
    );
  }

  forReview(): DocumentReviewRecord[] {
    return this.db
      .prepare(
        `SELECT d.id, d.name, d.kind, d.sha256, b.name AS board, d.board AS board_key, r.reviewed_by, r.sha256 = d.sha256 AS reviewed
           FROM documents d LEFT JOIN boards b ON b.key = d.board LEFT JOIN document_reviews r ON r.document = d.name
          ORDER BY (r.sha256 = d.sha256) IS 1, d.ingested_at DESC, d.name`,
      )
      .all() as DocumentReviewRecord[];
  }

  markReviewed(name: string, sha256: string, by: string, at: string): void {
    this.db
      .prepare(
        'INSERT INTO document_reviews (document, sha256, reviewed_by, at) VALUES (?, ?, ?, ?) ON CONFLICT(document) DO UPDATE SET sha256 = excluded.sha256, reviewed_by = excluded.reviewed_by, at = excluded.at',
      )
      .run(name, sha256, by, at);
  }

  attendancePassages(): { heading: string; text: string; board_key: string; document: string; board: string | null }[] {
    return this.db
      .prepare(
        `SELECT p.heading, p.text, p.board AS board_key, d.name AS document, b.name AS board FROM passages p JOIN documents d ON d.id = p.document_id LEFT JOIN boards b ON b.key = p.board
          WHERE p.heading LIKE '%ttendance%' ORDER BY d.id, p.seq`,
      )
      .all() as { heading: string; text: string; board_key: string; document: string; board: string | null }[];
  }

  glossary(): Map<string, string> {
    const rows = this.db.prepare('SELECT term, expansion FROM glossary ORDER BY document_id').all() as { term: string; expansion: string }[];
    const out = new Map<string, string>();
    for (const r of rows) if (!out.has(r.term.toUpperCase())) out.set(r.term.toUpperCase(), r.expansion);
    return out;
  }
}
