import { createHash } from 'node:crypto';
import type { Dirent, Stats } from 'node:fs';
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';

import { BoardError, describeError } from '../errors';
import { boardKey } from '../extract/board-name';
import { buildGuidance } from '../guidance/build';
import { formatOf, readBuffer, readBytes,ReaderLimits } from '../ingest/readers';
import { documentPassages } from '../search/passages';
import { NO_BOARD } from '../store/ids';
import type { Store, WriteOutcome } from '../store/repositories';
import { type Extracted, ExtractPool, readAndExtract } from './extract-pool';
import { resolveLibrary } from './resolve';

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
  store: Store;
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
  const pool = files.length > 1 ? ExtractPool.open() : null;
  // Files are read and extracted a few ahead (in the pool's workers when there is one) and written
  // in order here, each in its own transaction: what is stored never depends on which read finished first.
  const ahead = pool ? 2 * os.availableParallelism() : 1;
  const prepared = new Map<number, Promise<Prepared>>();
  const prepareFrom = (i: number) => {
    if (i < files.length && !prepared.has(i)) prepared.set(i, prepare(files[i]!, deps, pool));
  };
  try {
    for (let i = 0; i < files.length; i++) {
      for (let k = i; k < i + ahead; k++) prepareFrom(k);
      const file = path.basename(files[i]!);
      deps.onProgress?.(i, files.length, file);
      const p = await prepared.get(i)!;
      prepared.delete(i);
      try {
        if ('error' in p) throw p.error;
        report.documents.push(await store(deps, file, p.bytes, p.extracted));
      } catch (err) {
        report.errors.push({ file, error: describeError(err) });
      }
    }
  } finally {
    pool?.close();
  }
  deps.onProgress?.(files.length, files.length, '');
  if (report.documents.some((d) => d.outcome !== 'unchanged')) resolveLibrary(deps.store);
  return report;
}

type Prepared = { bytes: Buffer; extracted: Extracted | null } | { error: unknown };

/** A file's bytes, and — unless the library already holds them unchanged — the document read from them. Never rejects. */
async function prepare(file: string, deps: IngestDeps, pool: ExtractPool | null): Promise<Prepared> {
  try {
    const name = path.basename(file);
    const bytes = await readBytes(file, deps.limits);
    if (deps.store.documents.isUnchanged(name, sha256Of(bytes))) return { bytes, extracted: null };
    // A worker that failed for its own reasons (not the file's) costs only time: the file is read here instead.
    const extracted = pool
      ? await pool
          .extract(name, bytes, deps.limits)
          .catch((err: unknown) => (err instanceof BoardError ? Promise.reject(err) : readAndExtract(name, bytes, deps.limits)))
      : await readAndExtract(name, bytes, deps.limits);
    return { bytes, extracted };
  } catch (error) {
    return { error };
  }
}

/** Ingests one uploaded file's bytes (the bot's upload path). */
export async function ingestBuffer(name: string, bytes: Buffer, deps: IngestDeps): Promise<IngestReport> {
  const report: IngestReport = { documents: [], errors: [] };
  try {
    report.documents.push(await store(deps, name, bytes, null));
    if (report.documents[0]!.outcome !== 'unchanged') resolveLibrary(deps.store);
  } catch (err) {
    report.errors.push({ file: name, error: describeError(err) });
  }
  return report;
}

function sha256Of(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Writes one document: unchanged bytes are only reported; otherwise read (unless already) and written. */
async function store(deps: IngestDeps, name: string, bytes: Buffer, extracted: Extracted | null): Promise<IngestedDocument> {
  const sha256 = sha256Of(bytes);
  if (deps.store.documents.isUnchanged(name, sha256)) {
    // Still read, as before, so a file that cannot be read is reported even when it is stored unchanged.
    if (!extracted) await readBuffer(name, bytes, deps.limits);
    const row = deps.store.documents.summary(name)!;
    const same: IngestedDocument = { file: name, kind: row.kind, meetings: row.meetings, actions: row.actions, outcome: 'unchanged' };
    if (deps.actor) auditUpload(deps, same);
    return same;
  }
  const { format, blocks, doc } = extracted ?? (await readAndExtract(name, bytes, deps.limits));
  // The document, its guidance model and (for an upload) its audit entry: one transaction, or none of them.
  const passages = documentPassages(doc, name, doc.kind, doc.board ? boardKey(doc.board) : NO_BOARD);
  const outcome = deps.store.transaction((): WriteOutcome => {
    const written = deps.store.documents.write({ name, sha256, format, bytes: bytes.length, blocks }, doc, passages, deps.now());
    if (written !== 'unchanged' && doc.kind === 'guidance')
      deps.store.guidance.write(name, buildGuidance(blocks, name, deps.store.documents.boardNameOf(name)));
    if (deps.actor) auditUpload(deps, { file: name, kind: doc.kind, meetings: doc.meetings.length, actions: doc.actions.length, outcome: written });
    return written;
  });
  return { file: name, kind: doc.kind, meetings: doc.meetings.length, actions: doc.actions.length, outcome };
}

function auditUpload(deps: IngestDeps, d: IngestedDocument): void {
  deps.store.audit.record({
    at: deps.now(),
    actor: deps.actor!,
    action: 'document.upload',
    target: d.file,
    before: null,
    after: { kind: d.kind, meetings: d.meetings, actions: d.actions, outcome: d.outcome },
  });
}

async function collect(p: string, named: boolean, out: string[], report: IngestReport): Promise<void> {
  let stat;
  try {
    stat = await fs.stat(p);
  } catch (err) {
    report.errors.push({ file: path.basename(p), error: openError(err) });
    return;
  }
  if (stat.isDirectory()) {
    await walkFolder(p, out, report);
    return;
  }
  if (!named && !formatOf(p)) return;
  out.push(p);
}

/** A folder walk: its real location, what it has read (by device and inode), and links still to look at. */
interface Walk {
  root: string;
  seenFolders: Set<string>;
  seenFiles: Set<string>;
  links: { link: string; ancestors: Set<string> }[];
}

/**
 * Walks a folder the operator named. Links are looked at only after every plain file, so a file
 * is read under its own name rather than a link's; a link is followed only to somewhere inside
 * the folder (a link to /etc/shadow is reported, not read), and only to a folder not already
 * read (two links to the parent folder would otherwise walk forever). Each link not followed
 * is reported with its reason.
 */
async function walkFolder(folder: string, out: string[], report: IngestReport): Promise<void> {
  let root: string;
  try {
    root = await fs.realpath(folder);
  } catch (err) {
    report.errors.push({ file: path.basename(folder), error: openError(err) });
    return;
  }
  const walk: Walk = { root, seenFolders: new Set(), seenFiles: new Set(), links: [] };
  await walkInside(folder, await fs.stat(root), new Set(), walk, out, report);
  while (walk.links.length) {
    const { link, ancestors } = walk.links.shift()!;
    const name = path.basename(link);
    let real: string;
    let target;
    try {
      real = await fs.realpath(link);
      target = await fs.stat(real);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      report.errors.push({ file: name, error: code === 'ELOOP' ? 'is a link that points back at itself (not followed)' : openError(err) });
      continue;
    }
    if (real !== root && !real.startsWith(root + path.sep)) {
      report.errors.push({ file: name, error: 'is a link to somewhere outside the folder being ingested (not read)' });
    } else if (target.isDirectory()) {
      const id = `${target.dev}:${target.ino}`;
      if (ancestors.has(id)) report.errors.push({ file: name, error: 'is a link to a folder already being read, which would loop (not followed)' });
      else if (walk.seenFolders.has(id)) report.errors.push({ file: name, error: 'is a link to a folder already read (not followed again)' });
      else await walkInside(real, target, ancestors, walk, out, report);
    } else if (target.isFile() && formatOf(real)) {
      if (walk.seenFiles.has(`${target.dev}:${target.ino}`)) {
        report.errors.push({ file: name, error: `is a link to a file already read (${path.basename(real)}); not read twice` });
      } else {
        walk.seenFiles.add(`${target.dev}:${target.ino}`);
        out.push(real);
      }
    }
  }
}

async function walkInside(dir: string, stat: Stats, ancestors: Set<string>, walk: Walk, out: string[], report: IngestReport): Promise<void> {
  const id = `${stat.dev}:${stat.ino}`;
  if (walk.seenFolders.has(id)) return;
  walk.seenFolders.add(id);
  const within = new Set(ancestors).add(id);
  let entries: Dirent[];
  try {
    entries = (await fs.readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    report.errors.push({
      file: path.basename(dir),
      error: code === 'EACCES' ? 'is a folder that cannot be read (permission denied)' : `is a folder that cannot be read (${code ?? 'error'})`,
    });
    return;
  }
  for (const e of entries) {
    if (e.name.startsWith('.') || e.name.startsWith('~$')) continue; // hidden files and Office lock files
    const full = path.join(dir, e.name);
    if (e.isSymbolicLink()) {
      walk.links.push({ link: full, ancestors: within });
      continue;
    }
    let s: Stats;
    try {
      s = await fs.lstat(full);
    } catch (err) {
      report.errors.push({ file: e.name, error: openError(err) });
      continue;
    }
    if (s.isDirectory()) await walkInside(full, s, within, walk, out, report);
    else if (formatOf(full) && !walk.seenFiles.has(`${s.dev}:${s.ino}`)) {
      walk.seenFiles.add(`${s.dev}:${s.ino}`);
      out.push(full);
    }
  }
}

function openError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  return code === 'ENOENT' ? 'does not exist' : code === 'EACCES' ? 'cannot be opened (permission denied)' : `cannot be opened (${code ?? 'error'})`;
}
