import { createHash } from 'node:crypto';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import type { Db } from '../store/db';
import { describeError } from '../errors';
import { readBuffer, readFile, formatOf, ReaderLimits } from '../ingest/readers';
import { extractDocument } from '../extract/extract-document';
import { isUnchanged, writeDocument, WriteOutcome } from '../store/write-document';
import { resolveLibrary } from './resolve';
import { audit } from '../store/audit';

export interface IngestedDocument {
  file: string;
  kind: string;
  meetings: number;
  actions: number;
  outcome: WriteOutcome;
}

export interface IngestReport {
  documents: IngestedDocument[];
  errors: { file: string; error: string }[];
}

export interface IngestDeps {
  db: Db;
  limits: ReaderLimits;
  /** The current instant, as an ISO string (injected so tests are repeatable). */
  now: () => string;
  onProgress?: (done: number, total: number, file: string) => void;
  /** Who sent the file: the upload is audited in the same transaction as the document is written. */
  actor?: string;
}

/**
 * Ingests files and folders (walked recursively; files of other types in a folder are passed
 * over). Each document is read, extracted and stored in its own transaction, so a bad file costs
 * only itself: it gets a one-line error and the rest of the batch goes in.
 */
export async function ingestPaths(paths: string[], deps: IngestDeps): Promise<IngestReport> {
  const report: IngestReport = { documents: [], errors: [] };
  const files: string[] = [];
  for (const p of paths) await collect(p, true, files, report);
  let done = 0;
  for (const file of files) {
    deps.onProgress?.(done, files.length, path.basename(file));
    try {
      const read = await readFile(file, deps.limits);
      report.documents.push(store(deps, path.basename(file), read.bytes, read.format, read.blocks));
    } catch (err) {
      report.errors.push({ file: path.basename(file), error: describeError(err) });
    }
    done++;
  }
  deps.onProgress?.(done, files.length, '');
  if (report.documents.some((d) => d.outcome !== 'unchanged')) resolveLibrary(deps.db);
  return report;
}

/** Ingests one uploaded file's bytes (the bot's upload path). */
export async function ingestBuffer(name: string, bytes: Buffer, deps: IngestDeps): Promise<IngestReport> {
  const report: IngestReport = { documents: [], errors: [] };
  try {
    const read = await readBuffer(name, bytes, deps.limits);
    report.documents.push(store(deps, name, bytes, read.format, read.blocks));
    if (report.documents[0]!.outcome !== 'unchanged') resolveLibrary(deps.db);
  } catch (err) {
    report.errors.push({ file: name, error: describeError(err) });
  }
  return report;
}

function store(deps: IngestDeps, name: string, bytes: Buffer, format: Parameters<typeof writeDocument>[1]['format'], blocks: Parameters<typeof extractDocument>[0]): IngestedDocument {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  if (isUnchanged(deps.db, name, sha256)) {
    const row = deps.db
      .prepare(
        `SELECT d.kind, (SELECT count(*) FROM meetings m WHERE m.document_id = d.id) AS meetings,
                (SELECT count(*) FROM action_sightings s WHERE s.document_id = d.id) AS actions
           FROM documents d WHERE d.name = ?`,
      )
      .get(name) as { kind: string; meetings: number; actions: number };
    const same: IngestedDocument = { file: name, kind: row.kind, meetings: row.meetings, actions: row.actions, outcome: 'unchanged' };
    if (deps.actor) auditUpload(deps, same);
    return same;
  }
  const doc = extractDocument(blocks, name);
  const write = (): WriteOutcome => {
    const outcome = writeDocument(deps.db, { name, sha256, format, bytes: bytes.length, blocks }, doc, deps.now());
    if (deps.actor) auditUpload(deps, { file: name, kind: doc.kind, meetings: doc.meetings.length, actions: doc.actions.length, outcome });
    return outcome;
  };
  // One transaction for the document and its audit entry: neither is ever written without the other.
  const outcome = deps.actor ? deps.db.transaction(write)() : write();
  return { file: name, kind: doc.kind, meetings: doc.meetings.length, actions: doc.actions.length, outcome };
}

function auditUpload(deps: IngestDeps, d: IngestedDocument): void {
  audit(deps.db, { at: deps.now(), actor: deps.actor!, action: 'document.upload', target: d.file, before: null, after: { kind: d.kind, meetings: d.meetings, actions: d.actions, outcome: d.outcome } });
}

async function collect(p: string, named: boolean, out: string[], report: IngestReport): Promise<void> {
  let stat;
  try {
    stat = await fs.stat(p);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    report.errors.push({ file: path.basename(p), error: code === 'ENOENT' ? 'does not exist' : code === 'EACCES' ? 'cannot be opened (permission denied)' : `cannot be opened (${code ?? 'error'})` });
    return;
  }
  if (stat.isDirectory()) {
    let entries: string[];
    try {
      entries = (await fs.readdir(p)).sort();
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      report.errors.push({ file: path.basename(p), error: code === 'EACCES' ? 'is a folder that cannot be read (permission denied)' : `is a folder that cannot be read (${code ?? 'error'})` });
      return;
    }
    for (const e of entries) {
      if (e.startsWith('.') || e.startsWith('~$')) continue; // hidden files and Office lock files
      await collect(path.join(p, e), false, out, report);
    }
    return;
  }
  if (!named && !formatOf(p)) return;
  out.push(p);
}
