import { createHash } from 'node:crypto';
import type { Dirent, Stats } from 'node:fs';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';

import { describeError } from '../errors';
import { buildGuidance } from '../guidance/build';
import { formatOf, readBytes, ReaderLimits } from '../ingest/readers';
import type { Store, WriteOutcome } from '../store/repositories';
import { extractBytes, ExtractedFile } from './extract-bytes';
import { ExtractPool } from './extract-pool';
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
  /** Worker threads a batch of files is extracted on (Config.ingestWorkers); none: on this thread. */
  workers?: number;
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
  // A batch worth the workers' start-up is extracted on them, a few files ahead of the one being stored.
  const pool = files.length >= POOL_MIN_FILES ? ExtractPool.open(deps.workers ?? 0) : null;
  const extract = (name: string, bytes: Buffer) => (pool ? pool.extract(name, bytes, deps.limits) : extractBytes(name, bytes, deps.limits));
  const ahead = pool ? 3 * (deps.workers ?? 1) + 2 : 1;
  const started: { prepared: Promise<Prepared>; settled: boolean }[] = [];
  const prepare = (file: string) => {
    const one = { prepared: prepareFile(deps, file, extract), settled: false };
    // Handled when the batch reaches the file; until then a failure must not count as an unhandled rejection.
    one.prepared.then(
      () => (one.settled = true),
      () => (one.settled = true),
    );
    return one;
  };
  try {
    for (let i = 0; i < files.length; i++) {
      while (started.length < Math.min(files.length, i + ahead)) started.push(prepare(files[started.length]!));
      deps.onProgress?.(i, files.length, path.basename(files[i]!));
      // Rather than wait for a worker, this thread extracts a file still waiting for one.
      while (pool && !started[i]!.settled && (await pool.extractOneHere()));
      try {
        report.documents.push(await store(deps, await started[i]!.prepared));
      } catch (err) {
        report.errors.push({ file: path.basename(files[i]!), error: describeError(err) });
      }
    }
  } finally {
    // Nothing is left running: a failure above still waits for the files already started before the pool goes.
    await Promise.allSettled(started.map((s) => s.prepared));
    await pool?.close();
  }
  deps.onProgress?.(files.length, files.length, '');
  if (report.documents.some((d) => d.outcome !== 'unchanged')) await resolveLibrary(deps.store);
  return report;
}

/** Ingests one uploaded file's bytes (the bot's upload path). */
export async function ingestBuffer(name: string, bytes: Buffer, deps: IngestDeps): Promise<IngestReport> {
  const report: IngestReport = { documents: [], errors: [] };
  try {
    const prepared = await unlessUnchanged(deps, name, bytes, () => extractBytes(name, bytes, deps.limits));
    report.documents.push(await store(deps, prepared));
    if (report.documents[0]!.outcome !== 'unchanged') await resolveLibrary(deps.store);
  } catch (err) {
    report.errors.push({ file: name, error: describeError(err) });
  }
  return report;
}

/** Batches smaller than this are extracted on the main thread: starting the workers would cost more than they save. */
const POOL_MIN_FILES = 8;

/** A file ready to store: extracted, or known to be the version the library already holds. */
type Prepared = { name: string; sha256: string; bytes: number; extracted: ExtractedFile } | { name: string; unchanged: IngestedDocument };

/** Reads one file of a batch; a failure is kept in the promise, to be reported when the batch reaches the file. */
async function prepareFile(deps: IngestDeps, file: string, extract: (name: string, bytes: Buffer) => Promise<ExtractedFile>): Promise<Prepared> {
  const name = path.basename(file);
  const bytes = await readBytes(file, deps.limits);
  return unlessUnchanged(deps, name, bytes, () => extract(name, bytes));
}

/** The library's summary of a file it already holds byte for byte (nothing is read again), else the file extracted. */
async function unlessUnchanged(deps: IngestDeps, name: string, bytes: Buffer, extract: () => Promise<ExtractedFile>): Promise<Prepared> {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  if (await deps.store.documents.isUnchanged(name, sha256)) {
    const row = (await deps.store.documents.summary(name))!;
    return { name, unchanged: { file: name, kind: row.kind, meetings: row.meetings, actions: row.actions, outcome: 'unchanged' } };
  }
  return { name, sha256, bytes: bytes.length, extracted: await extract() };
}

async function store(deps: IngestDeps, prepared: Prepared): Promise<IngestedDocument> {
  if ('unchanged' in prepared) {
    if (deps.actor) await auditUpload(deps, prepared.unchanged);
    return prepared.unchanged;
  }
  const { name, sha256 } = prepared;
  const { format, textChars, blocks, doc, passages } = prepared.extracted;
  // The document, its guidance model and (for an upload) its audit entry: one transaction, or none of them.
  const outcome = await deps.store.transaction(async (tx): Promise<WriteOutcome> => {
    const written = await tx.documents.write({ name, sha256, format, bytes: prepared.bytes, textChars, blocks }, doc, passages, deps.now());
    if (written !== 'unchanged' && doc.kind === 'guidance') await tx.guidance.write(name, buildGuidance(blocks, name, await tx.documents.boardNameOf(name)));
    // On `tx`: the audit entry is part of this unit of work.
    if (deps.actor)
      await auditUpload({ ...deps, store: tx }, { file: name, kind: doc.kind, meetings: doc.meetings.length, actions: doc.actions.length, outcome: written });
    return written;
  });
  return { file: name, kind: doc.kind, meetings: doc.meetings.length, actions: doc.actions.length, outcome };
}

function auditUpload(deps: IngestDeps, d: IngestedDocument): Promise<void> {
  return deps.store.audit.record({
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
