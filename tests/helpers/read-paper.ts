import { extractDocument } from '../../src/extract/extract-document';
import type { ExtractedAction, ExtractedDocument } from '../../src/extract/model';
import { readBuffer } from '../../src/ingest/readers';
import type { ActionView } from '../../src/library/actions-view';
import { OPERATOR } from '../../src/library/scope';
import { tempLibrary } from './corpus';

/** What the class tests share: a paper written in the test, read as an upload is, and the action it gives. */
const LIMITS = { maxFileBytes: 5_000_000, pdfTimeoutMs: 30_000 };

/** The file read and extracted as an upload is, without storing it. */
export async function readPaper(name: string, bytes: Buffer): Promise<ExtractedDocument> {
  const doc = await readBuffer(name, bytes, LIMITS);
  return extractDocument(doc.blocks, name);
}

/** A text paper from its lines. */
export const textPaper = (lines: string[]) => Buffer.from(lines.join('\n'), 'utf8');

/** The actions a library holds after the file is uploaded into it (owners resolved, duplicates merged). */
export async function libraryActions(name: string, bytes: Buffer): Promise<ActionView[]> {
  const library = tempLibrary('2026-11-24');
  try {
    await library.ingestUpload(name, bytes);
    return await library.actions(OPERATOR, { status: 'all' });
  } finally {
    library.close();
  }
}

/** The action whose text matches, or a failure listing what was read. */
export const findAction = <T extends { text: string }>(actions: T[], words: RegExp): T => {
  const a = actions.find((x) => words.test(x.text));
  if (!a) throw new Error(`no action ${words}: ${actions.map((x) => x.text).join(' / ')}`);
  return a;
};

/** An action's owners as people, or "(as written)" where none was resolved. */
export const ownerPeople = (a: ExtractedAction) => a.owners.map((o) => o.person?.name.display ?? `(${o.written})`);
