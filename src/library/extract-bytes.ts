import { boardKey } from '../extract/board-name';
import { extractDocument } from '../extract/extract-document';
import type { ExtractedDocument } from '../extract/model';
import type { Block, SourceFormat } from '../ingest/document';
import { readBuffer, ReaderLimits } from '../ingest/readers';
import { documentPassages } from '../search/passages';
import { NO_BOARD } from '../store/ids';
import type { PassageWrite } from '../store/repositories';

/** What one file gives the library before anything is stored: its blocks, what was read from them, and its search passages. */
export interface ExtractedFile {
  format: SourceFormat;
  textChars: number;
  /** A guidance document's blocks, which its level model is built from; nothing reads another paper's blocks again. */
  blocks: Block[];
  /** What was read, without the sections that the passages were cut from. */
  doc: ExtractedDocument;
  passages: PassageWrite[];
}

/**
 * Reads and extracts one file's bytes. Pure and self-contained (no store, no clock), so that a batch
 * ingest can run it on worker threads while the main thread writes (see extract-pool.ts).
 */
export async function extractBytes(name: string, bytes: Buffer, limits: ReaderLimits): Promise<ExtractedFile> {
  const read = await readBuffer(name, bytes, limits);
  const doc = extractDocument(read.blocks, name);
  const passages = documentPassages(doc, name, doc.kind, doc.board ? boardKey(doc.board) : NO_BOARD);
  // Only what the store needs crosses back from a worker thread: each section holds its blocks, and copying the
  // document's text again (and the blocks of papers that never read them) cost the main thread more than it stored.
  return {
    format: read.format,
    textChars: read.blocks.reduce((n, b) => n + b.text.length, 0),
    blocks: doc.kind === 'guidance' ? read.blocks : [],
    doc: { ...doc, sections: [] },
    passages,
  };
}
