import { extractDocument } from '../../src/extract/extract-document';
import type { ExtractedAction, ExtractedDocument, ExtractedMeeting } from '../../src/extract/model';
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

/** An action's due date to the month, as the labels give it. */
export const dueMonth = (a: { due?: string | null }) => a.due?.slice(0, 7) ?? null;

/** A paper written in the test as lines of text, read and extracted as an upload is. */
export const readLines = (name: string, lines: string[]) => readPaper(name, textPaper(lines));

/** The meeting a paper's minutes record (the first one with attendance), or a failure saying what was read. */
export function meetingOf(doc: ExtractedDocument): ExtractedMeeting {
  const m = doc.meetings.find((x) => x.source === 'minutes' && x.attendance.length) ?? doc.meetings[0];
  if (!m) throw new Error(`no meeting: ${doc.notes.join(' / ')}`);
  return m;
}

/** Who a meeting's attendance gives in any of these roles, sorted. */
export const namesIn = (m: ExtractedMeeting, ...roles: string[]) =>
  m.attendance
    .filter((e) => roles.includes(e.role))
    .map((e) => e.name.display)
    .sort();

export const chairOf = (m: ExtractedMeeting) => m.attendance.find((e) => e.role === 'chair')?.name.display ?? null;

/** Who was there: the chair, members present and those in attendance, sorted. */
export const there = (m: ExtractedMeeting) => namesIn(m, 'chair', 'present', 'in-attendance');

/** Who sent apologies, sorted. */
export const apologiesOf = (m: ExtractedMeeting) => namesIn(m, 'apologies');
